import ArgumentParser
import CLibEdit
import Foundation
import HelpdeskCore
import HelpdeskStore

struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "The agent console: type what the customer says, get the answer to read out with the facts behind it.",
        discussion: """
            On a terminal: line editing, history (arrow keys), Tab completion of commands and guide ids, \
            colour, and the service status above every prompt. Piped (helpdesk console < script.txt): \
            reads lines plainly and prints a transcript. Lines starting with / are commands (/help lists \
            them). Every answer is logged, with the conversation id and the agent, before it is shown. \
            Ctrl-C on an empty line, Ctrl-D or /quit ends the conversation and the console.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The agent's name, logged with every exchange (default: $USER).")
    var agent: String?

    @Option(help: "How the customers reach the desk: phone, chat or email.")
    var via: Via = .phone

    @Option(help: "Output format: text, or json (one JSON object per line).")
    var format: OutputFormat = .text

    func validate() throws {
        if let agent, agent.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--agent is empty: give the agent's name, e.g. --agent anna")
        }
    }

    func run() throws {
        let context = AppContext(options: global)
        let assistant = try context.assistant()
        let database = try context.database()
        let terminalIn = isatty(STDIN_FILENO) == 1
        let terminalOut = isatty(STDOUT_FILENO) == 1
        let coloured = format == .text && terminalOut && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let output = ConsoleOutput(format: format, style: coloured ? .colour : .plain)
        let agentName = agent ?? ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 }
        let session = ConsoleSession(
            assistant: assistant, database: database, clock: context.clock, agent: agentName, via: via.rawValue,
            output: output, echoesInput: !terminalIn && format == .text)
        InterruptSignal.install()
        let reader: LineReader
        if terminalIn, let editor = EditLineReader(
            completer: ConsoleCompleter(guideIDs: session.guideIDs, languages: Language.allCases.map(\.rawValue)),
            output: terminalOut ? hd_stdout() : hd_stderr())
        {
            reader = editor
        } else {
            reader = PlainLineReader()
        }
        ConsoleLoop(session: session, reader: reader).run()
    }
}
