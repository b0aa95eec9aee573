/// A language Helpdesk understands and answers in.
public enum Language: String, CaseIterable, Codable, Sendable {
    case en
    case ru
}
