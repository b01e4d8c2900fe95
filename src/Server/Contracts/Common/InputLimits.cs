namespace Workflow.Server.Contracts.Common;

/// <summary>The longest values the API takes (they match the database's columns), and the largest lists.</summary>
public static class InputLimits
{
    public const int Id = 100;
    public const int Name = 200;
    public const int IdNumber = 32;
    public const int Phone = 20;
    public const int Email = 200;
    public const int Address = 500;
    public const int Note = 2000;
    public const int Reason = 4000;
    public const int ListItem = 500;
    public const int Documents = 50;
    public const int DataFields = 100;
    public const int Missing = 50;
    public const int Attachments = 20;
    public const int Reference = 200;
    public const int DossierCode = 64;
    public const int Waybill = 64;
    public const int Secret = 32;
    public const int Password = 128;
    public const int Search = 100;
}
