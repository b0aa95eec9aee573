import Foundation
import HelpdeskCore
import HelpdeskStore

/// One sitting at the agent console: the current conversation and what it established, the
/// customer's words answered and logged, and the agent's commands.
final class ConsoleSession {
    /// Whether the console goes on after a line.
    enum Flow {
        case goOn, quit
    }

    let assistant: Assistant
    let database: AppDatabase
    let clock: Clock
    let agent: String?
    let via: String
    let output: ConsoleOutput
    let times: ConsoleClockText
    /// Whether the agent's lines are echoed, each after the status line when that changed (a
    /// transcript, when the lines come from a script rather than a terminal).
    let echoesInput: Bool

    private(set) var conversation: Conversation?
    /// What the current conversation established (order, channel, language).
    var context = ConversationContext()
    /// The last reply in the current conversation.
    var lastReply: Reply?
    private var shownStatusSignature: String?
    /// Writes since the write-ahead log was last copied into the database file.
    private var writesSinceCheckpoint = 0
    /// How many writes the console lets pile up before it checkpoints in an idle moment.
    static let writesPerIdleCheckpoint = 16

    init(
        assistant: Assistant, database: AppDatabase, clock: Clock, agent: String?, via: String, output: ConsoleOutput,
        echoesInput: Bool
    ) {
        self.assistant = assistant
        self.database = database
        self.clock = clock
        self.agent = agent
        self.via = via
        self.output = output
        self.echoesInput = echoesInput
        times = ConsoleClockText(timeZone: assistant.knowledgeBase.settings.timeZone)
    }

    var knowledgeBase: KnowledgeBase { assistant.knowledgeBase }
    var style: ConsoleStyle { output.style }

    // MARK: - The prompt and the status line

    /// `C-0001 anna@phone> `.
    var prompt: ConsolePrompt {
        let id = conversation?.id ?? "-"
        let who = (agent ?? "agent") + "@" + via
        let plain = "\(id) \(who)> "
        guard style.isColoured else { return ConsolePrompt(plain: plain, marked: plain) }
        // Each escape comes right before printed text: libedit mishandles two escapes in a row.
        func escape(_ code: String) -> String { "\u{1}\u{1B}[\(code)m\u{1}" }
        return ConsolePrompt(
            plain: plain, marked: escape("0;1;36") + id + escape("0;2") + " " + who + escape("0;1") + ">" + escape("0") + " ")
    }

    /// The service status now (read from the database at every prompt, so that an incident
    /// recorded by another process shows up).
    func statusSnapshot() throws -> (StatusSnapshot, ServiceStatus) {
        let status = try database.serviceStatus()
        let staleAfter = knowledgeBase.facts["status_stale_after"]?.value.seconds
        return (StatusSnapshot(status, now: clock.now(), staleAfter: staleAfter), status)
    }

    /// Shows the status line: always when `always`, else only when it changed since last shown.
    func showStatusLine(always: Bool) {
        guard !output.isJSON else { return }
        do {
            let (snapshot, _) = try statusSnapshot()
            let signature = snapshot.signature
            guard always || signature != shownStatusSignature else { return }
            shownStatusSignature = signature
            output.text(StatusLine(times: times, style: style).render(snapshot))
        } catch {
            output.problem("cannot read the service status: \(error)")
        }
    }

    // MARK: - Lines

    /// Handles one line the agent typed.
    func handle(_ line: String) -> Flow {
        let input = ConsoleInput.parse(line)
        if input == .empty { return .goOn }
        if echoesInput {
            showStatusLine(always: false)
            output.text(prompt.plain + line.trimmingCharacters(in: .whitespaces))
        }
        switch input {
        case .empty: return .goOn
        case .message(let message):
            answer(message)
            return .goOn
        case .command(let verb, let argument):
            return run(verb, argument: argument)
        case .unknownCommand(let name):
            output.problem("/\(name) is not a command; /help lists them (start with // to send a message that begins with /)")
            return .goOn
        }
    }

    /// Answers the customer's words: look up, decide, log, then show.
    func answer(_ message: String) {
        guard conversation != nil || startConversation(), let conversation else { return }
        if message.utf8.count > MessageLimits.maximumBytes {
            output.problem("the message is \(message.utf8.count) bytes; the most Helpdesk answers is \(MessageLimits.maximumBytes)")
            return
        }
        let now = clock.now()
        let reply: Reply
        do {
            reply = try assistant.respond(to: message, context: context, facts: database, now: now)
        } catch {
            output.problem("cannot answer: \(error)")
            return
        }
        var logID: Int64?
        do {
            let entry = ExchangeLogEntry(reply: reply, message: message, via: via, conversationID: conversation.id, agent: agent)
            logID = try database.recordExchange(entry)
            noteWrite()
        } catch {
            output.problem("NOT LOGGED: \(error)")
        }
        context = context.remembering(reply)
        lastReply = reply
        if output.isJSON {
            output.json(ConsoleAnswerDocument(reply: ReplyDocument(reply, logID: logID), conversationID: conversation.id, agent: agent, via: via))
            return
        }
        let channelState = reply.channel.flatMap { try? database.channel($0) }
        let view = ReplyView(facts: ConsoleFactsText(catalog: knowledgeBase.catalog, times: times), times: times, style: style)
        output.text(view.render(reply, channelState: channelState, logID: logID))
    }

    // MARK: - Idle moments

    /// Counts a write to the database.
    func noteWrite() { writesSinceCheckpoint += 1 }

    /// Called while nothing waits on the console: copies the write-ahead log into the database
    /// file every few writes, so that SQLite's own checkpoint does not fall between an Enter and
    /// its answer.
    func idle() {
        guard writesSinceCheckpoint >= Self.writesPerIdleCheckpoint else { return }
        writesSinceCheckpoint = 0
        do {
            try database.checkpointWhileIdle()
        } catch {
            output.problem("cannot checkpoint the database: \(error)")
        }
    }

    // MARK: - Conversations

    /// Starts a new conversation; false when the database refused.
    @discardableResult
    func startConversation() -> Bool {
        do {
            let started = try database.startConversation(agent: agent, via: via, at: clock.now())
            noteWrite()
            conversation = started
            context = ConversationContext()
            lastReply = nil
            output.json(ConversationEventDocument(event: "started", conversation: ConversationDocument(started)))
            output.text(style.dim("Conversation \(started.id) started (\(via)\(agent.map { ", agent \($0)" } ?? "")) at \(times.full(started.startedAt)) \(times.zoneName)."))
            return true
        } catch {
            output.problem("cannot start a conversation: \(error)")
            return false
        }
    }

    /// Ends the current conversation, with an outcome and a note if given.
    func endConversation(outcome: ConversationOutcome? = nil, note: String? = nil) {
        guard let current = conversation else { return }
        do {
            let ended = try database.finishConversation(current.id, outcome: outcome, note: note, agent: agent, at: clock.now()) ?? current
            noteWrite()
            conversation = nil
            let event = outcome?.rawValue ?? "ended"
            output.json(ConversationEventDocument(event: event, conversation: ConversationDocument(ended)))
            let how: String
            switch outcome {
            case .handedOff: how = "handed off"
            case .resolved: how = "resolved"
            case nil: how = "ended"
            }
            output.text(style.dim("Conversation \(ended.id) \(how)" + (note.map { " — note: \($0)" } ?? "") + "."))
        } catch {
            output.problem("cannot end conversation \(current.id): \(error)")
        }
    }
}
