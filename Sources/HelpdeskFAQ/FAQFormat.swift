/// A format `helpdesk faq export` writes.
public enum FAQFormat: String, CaseIterable, Sendable {
    /// One Markdown file per guide with YAML front matter, laid out like `KnowledgeBase/guides/`.
    case markdown
    /// A self-contained static site: an index with sections and search, one page per question.
    case html
    /// One JSON document in Helpdesk's own documented schema (`docs/faq-schema.json`).
    case json
    /// schema.org `FAQPage` JSON-LD.
    case jsonld
    /// Zendesk Help Center articles (`{"articles": [...]}`).
    case zendesk
    /// Intercom articles, translations under `translated_content`.
    case intercom
    /// RFC 4180 CSV: question, answer, guide id, locale, tags.
    case csv

    /// Whether the export is a folder of files rather than one file.
    public var writesFolder: Bool { self == .markdown || self == .html }

    /// The file name of a one-file export.
    public var fileName: String {
        switch self {
        case .markdown: "guides"
        case .html: "index.html"
        case .json: "faq.json"
        case .jsonld: "faq.jsonld"
        case .zendesk: "zendesk-articles.json"
        case .intercom: "intercom-articles.json"
        case .csv: "faq.csv"
        }
    }
}
