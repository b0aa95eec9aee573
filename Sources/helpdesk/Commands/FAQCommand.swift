import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskFAQ

extension FAQFormat: ExpressibleByArgument {}
extension FAQLocaleSelection: ExpressibleByArgument {}

struct FAQCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "faq", abstract: "Publish the knowledge base's answers as an FAQ.", subcommands: [Export.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the FAQ guides as Markdown, a static HTML site, JSON, JSON-LD, Zendesk or Intercom articles, or CSV.",
            discussion: """
                One-file formats (json, jsonld, zendesk, intercom, csv) print to standard output unless --out names a file \
                (or a folder to put it in). markdown and html write a folder and need --out; re-exporting into the same \
                folder replaces the files of the previous export and touches nothing else. The same knowledge base and \
                options give the same bytes.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(help: "markdown, html, json, jsonld, zendesk, intercom or csv.") var format: FAQFormat
        @Option(help: "en, ru or all.") var locale: FAQLocaleSelection = .all
        @Option(help: "Where to write: a folder for markdown and html, a file (or folder) for the others.") var out: String?
        @Flag(help: "html only: show the current service status (from the database, at --now) at the top of every page.")
        var withStatus = false
        @Flag(help: "markdown only: write today's fact values instead of the {{fact:ID}} placeholders (the files then no longer round-trip).")
        var fillFacts = false

        func validate() throws {
            if format.writesFolder, out == nil {
                throw ValidationError("--format \(format.rawValue) writes a folder: name it with --out PATH")
            }
            if withStatus, format != .html {
                throw ValidationError("--with-status applies to --format html only")
            }
            if fillFacts, format != .markdown {
                throw ValidationError("--fill-facts applies to --format markdown only (the other formats always fill facts)")
            }
        }

        func run() throws {
            let context = AppContext(options: global)
            let base = try context.knowledgeBase()
            var options = FAQExportOptions(format: format, locales: locale, fillFacts: fillFacts)
            if withStatus {
                let status = try context.database().serviceStatus()
                options.status = FAQStatusBanner(status: status, now: context.clock.now(), staleAfter: base.facts["status_stale_after"]?.value.seconds)
            }
            let files = FAQExport.files(from: base, options: options)
            guard let out else {
                for file in files { FileHandle.standardOutput.write(file.contents) }
                return
            }
            do {
                let writer = FAQExportWriter(destination: URL(fileURLWithPath: out))
                let written = format.writesFolder ? try writer.writeFolder(files) : try writer.writeFile(files)
                Console.print("\(format.rawValue) (\(locale.rawValue)): \(files.count) file(s) written to \(written)")
            } catch let failure as FAQExportWriter.Failure {
                Console.error(failure.message)
                throw ExitCode(1)
            }
        }
    }
}
