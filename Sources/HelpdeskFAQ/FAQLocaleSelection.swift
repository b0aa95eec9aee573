import HelpdeskCore

/// Which languages an export holds.
public enum FAQLocaleSelection: String, CaseIterable, Sendable {
    case en
    case ru
    case all

    /// The languages, English first.
    public var languages: [Language] {
        switch self {
        case .en: [.en]
        case .ru: [.ru]
        case .all: Language.allCases
        }
    }
}
