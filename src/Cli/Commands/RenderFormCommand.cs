using Workflow.Engine.Calendars;
using System.CommandLine;
using System.Globalization;
using System.Text;
using Workflow.Cli.Support;
using Workflow.Engine.Documents;
using Workflow.Engine.Documents.Forms.Data;
using Workflow.Engine.Documents.Forms.Rendering;
using Workflow.Engine.Documents.Forms.Samples;
using Workflow.Engine.Documents.Forms.Templates;
using Workflow.Engine.Documents.Printing;
using Workflow.Engine.Localization;

namespace Workflow.Cli.Commands;

/// <summary>
/// <c>workflow render-form &lt;purpose&gt; --sample [--set id] [--out file.html] [--pdf file.pdf]</c>:
/// renders a form of procedures/forms with the built-in sample dossier, so analysts can
/// preview a template they changed. HTML goes to stdout when no file is named.
/// </summary>
public static class RenderFormCommand
{
    public static Command Create()
    {
        var purpose = new Argument<string>("purpose")
        {
            Description = $"Mục đích của mẫu / the form's purpose: {string.Join(", ", FormPurpose.All)}",
        };
        var sample = new Option<bool>("--sample") { Description = "Điền bằng hồ sơ mẫu có sẵn / fill the form with the built-in sample dossier" };
        var set = new Option<string?>("--set") { Description = "Bộ biểu mẫu, ví dụ tt03-2025 (mặc định: theo ngày tiếp nhận của hồ sơ mẫu) / the form set (default: by the sample's receipt date)" };
        var output = new Option<string?>("--out") { Description = "Ghi HTML vào tệp này / write the HTML to this file" };
        var pdf = new Option<string?>("--pdf") { Description = "In ra PDF bằng Chromium vào tệp này / print a PDF with Chromium to this file" };
        var procedures = CommonOptions.Procedures();
        var language = CommonOptions.Language();
        var command = new Command("render-form", "Xem trước một biểu mẫu với hồ sơ mẫu / preview a form with sample data")
        {
            purpose, sample, set, output, pdf, procedures, language,
        };
        command.SetAction(result => CommandRunner.Run(() =>
        {
            var culture = Text.Parse(result.GetValue(language));
            if (!result.GetValue(sample))
            {
                throw new CliException(Text.Pick(culture,
                    "Cần --sample: lệnh này xem trước biểu mẫu với hồ sơ mẫu; biểu mẫu của hồ sơ thật do máy chủ phát hành.",
                    "--sample is required: this command previews forms with sample data; forms of real dossiers are issued by the server."));
            }

            return Run(result.GetValue(purpose)!, result.GetValue(set), result.GetValue(output), result.GetValue(pdf),
                ProceduresFolder.Resolve(result.GetValue(procedures)), culture);
        }));
        return command;
    }

    private static int Run(string purpose, string? setId, string? output, string? pdf, string proceduresRoot, CultureInfo culture)
    {
        if (!FormPurpose.IsKnown(purpose))
        {
            throw new CliException(Text.Pick(culture,
                $"Không có mục đích \"{purpose}\". Các mục đích: {string.Join(", ", FormPurpose.All)}.",
                $"There is no purpose \"{purpose}\". Purposes: {string.Join(", ", FormPurpose.All)}."));
        }

        var loaded = FormTemplateSetLoader.Load(proceduresRoot, culture);
        foreach (var problem in loaded.Problems)
        {
            Console.Error.WriteLine(problem);
        }

        var data = SampleFormData.For(purpose);
        var catalog = loaded.Catalog;
        FormTemplateSet chosen;
        if (setId is not null)
        {
            chosen = catalog.FindSet(setId) ?? throw new CliException(Text.Pick(culture,
                $"Không có bộ biểu mẫu \"{setId}\" dùng được. Các bộ: {string.Join(", ", catalog.Sets.Select(s => s.Id))}.",
                $"There is no usable form set \"{setId}\". Sets: {string.Join(", ", catalog.Sets.Select(s => s.Id))}."));
        }
        else
        {
            var receivedAt = SampleFormData.Dossier.ReceivedAt;
            chosen = catalog.SetFor(receivedAt) ?? throw new CliException(Text.Pick(culture,
                $"Không có bộ biểu mẫu nào áp dụng cho ngày {VietnamTime.LocalDate(receivedAt):dd/MM/yyyy} của hồ sơ mẫu; chọn bộ bằng --set.",
                $"No form set applies to the sample's receipt day {VietnamTime.LocalDate(receivedAt):dd/MM/yyyy}; choose one with --set."));
        }

        if (chosen.FindForm(purpose) is null)
        {
            throw new CliException(Text.Pick(culture,
                $"Bộ {chosen.Id} ({chosen.Circular}) không có mẫu \"{purpose}\" dùng được. Các mẫu: {string.Join(", ", chosen.Forms.Keys)}.",
                $"The set {chosen.Id} ({chosen.Circular}) has no usable \"{purpose}\" form. Forms: {string.Join(", ", chosen.Forms.Keys)}."));
        }

        RenderedForm rendered;
        try
        {
            rendered = new FormRenderer(catalog).Render(data, chosen, culture);
        }
        catch (FormRenderException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }

        // With no file named, the HTML is the output and the report goes to stderr.
        var report = output is null && pdf is null ? Console.Error : Console.Out;
        if (output is null && pdf is null)
        {
            Console.Out.Write(rendered.Html);
        }

        if (output is not null)
        {
            File.WriteAllText(output, rendered.Html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        if (pdf is not null)
        {
            var printer = new PdfPrinter();
            if (!printer.IsAvailable)
            {
                Console.Error.WriteLine(printer.UnavailableMessage(culture));
                return 1;
            }

            try
            {
                File.WriteAllBytes(pdf, printer.PrintAsync(rendered.Html, culture).GetAwaiter().GetResult());
            }
            catch (PdfPrintException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 1;
            }
        }

        var written = string.Join(", ", new[] { output, pdf }.Where(f => f is not null));
        report.WriteLine(Text.Pick(culture,
            $"Mẫu số {rendered.Number} \"{rendered.Title}\" ({chosen.Id}, {rendered.Paper}){(written.Length > 0 ? " đã ghi vào " + written : "")}.",
            $"Form {rendered.Number} \"{rendered.Title}\" ({chosen.Id}, {rendered.Paper}){(written.Length > 0 ? " written to " + written : "")}."));
        report.WriteLine(Text.Pick(culture, $"Mã băm mẫu: {rendered.TemplateHash}", $"Template hash: {rendered.TemplateHash}"));
        report.WriteLine(Text.Pick(culture, $"Mã băm nội dung: {rendered.ContentHash}", $"Content hash: {rendered.ContentHash}"));
        return 0;
    }
}
