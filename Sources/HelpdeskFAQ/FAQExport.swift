import HelpdeskCore

/// What to export and how.
public struct FAQExportOptions: Sendable {
    public var format: FAQFormat
    public var locales: FAQLocaleSelection
    /// Markdown only: fill `{{fact:ID}}` placeholders with today's values instead of keeping them
    /// (the files then no longer go back into the knowledge base unchanged).
    public var fillFacts: Bool
    /// HTML only: the service status banner shown at the top of every page.
    public var status: FAQStatusBanner?

    public init(format: FAQFormat, locales: FAQLocaleSelection = .all, fillFacts: Bool = false, status: FAQStatusBanner? = nil) {
        self.format = format
        self.locales = locales
        self.fillFacts = fillFacts
        self.status = status
    }
}

/// Exports the knowledge base's FAQ guides. Pure: the same knowledge base and options always give
/// the same files, byte for byte, sorted by path.
public enum FAQExport {
    public static func files(from base: KnowledgeBase, options: FAQExportOptions) -> [FAQFile] {
        let languages = options.locales.languages
        let files: [FAQFile]
        switch options.format {
        case .markdown:
            files = MarkdownFAQExporter(base: base, fillFacts: options.fillFacts).files(for: languages)
        case .html:
            files = HTMLFAQSite(base: base, status: options.status).files(for: languages)
        case .json:
            files = [FAQFile(path: options.format.fileName, text: JSONFAQExporter(base: base).text(for: languages))]
        case .jsonld:
            files = [FAQFile(path: options.format.fileName, text: JSONLDFAQExporter(base: base).text(for: languages))]
        case .zendesk:
            files = [FAQFile(path: options.format.fileName, text: ZendeskFAQExporter(base: base).text(for: languages))]
        case .intercom:
            files = [FAQFile(path: options.format.fileName, text: IntercomFAQExporter(base: base).text(for: languages))]
        case .csv:
            files = [FAQFile(path: options.format.fileName, text: CSVFAQExporter(base: base).text(for: languages))]
        }
        return files.sorted { $0.path < $1.path }
    }
}
