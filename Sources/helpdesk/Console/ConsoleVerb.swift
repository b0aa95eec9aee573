/// The commands the agent can type beside the customer's words, each starting with `/`.
enum ConsoleVerb: String, CaseIterable {
    case order, status, guide, note, handoff, resolve, new, help, quit

    /// Other names the verb answers to.
    var aliases: [String] {
        switch self {
        case .order: ["lookup", "o"]
        case .status: ["s"]
        case .guide: ["guides", "g"]
        case .note: ["n"]
        case .handoff: ["hand-off"]
        case .resolve: ["resolved", "done"]
        case .new: ["next"]
        case .help: ["h", "?"]
        case .quit: ["exit", "q"]
        }
    }

    /// What follows the verb.
    var usage: String {
        switch self {
        case .order: "/order NUMBER|TRACKING|E-MAIL"
        case .status: "/status"
        case .guide: "/guide [ID [en|ru]]"
        case .note: "/note TEXT"
        case .handoff: "/handoff [NOTE]"
        case .resolve: "/resolve [NOTE]"
        case .new: "/new"
        case .help: "/help"
        case .quit: "/quit"
        }
    }

    var summary: String {
        switch self {
        case .order: "look up an order by any number or the customer's e-mail; it is remembered for follow-ups"
        case .status: "the service status: components, open incidents, how fresh it is"
        case .guide: "show a guide with its facts filled in (no ID: list the guides)"
        case .note: "add a note to this conversation in the log"
        case .handoff: "mark this conversation handed off to a person, then start a new one"
        case .resolve: "mark this conversation resolved, then start a new one"
        case .new: "end this conversation and start a new one"
        case .help: "this list"
        case .quit: "end the conversation and leave (also Ctrl-D, or Ctrl-C on an empty line)"
        }
    }

    /// The verb named `name` (without the slash, any case), if any.
    static func named(_ name: String) -> ConsoleVerb? {
        let name = name.lowercased()
        return allCases.first { $0.rawValue == name || $0.aliases.contains(name) }
    }
}
