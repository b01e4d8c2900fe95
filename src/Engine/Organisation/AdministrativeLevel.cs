namespace Workflow.Engine.Organisation;

/// <summary>
/// Where a kind of unit sits in Vietnamese public administration. Since 01/07/2025 local
/// government has only the province and commune levels; district units remain in the data
/// for dossiers received before that date.
/// </summary>
public enum AdministrativeLevel
{
    /// <summary>The province and its agencies (departments, service centre, land registry).</summary>
    Province,

    /// <summary>Districts, towns and their offices (abolished on 01/07/2025).</summary>
    District,

    /// <summary>Communes, wards and their offices.</summary>
    Commune,

    /// <summary>A vertically managed agency outside the People's Committees, such as a tax office.</summary>
    Agency,
}
