/// Reads lines and hands them to the session until the agent quits, the input ends or Ctrl-C.
struct ConsoleLoop {
    let session: ConsoleSession
    let reader: LineReader

    func run() {
        session.output.text(
            session.style.bold("Helpdesk console")
                + " — type what the customer says; /help lists the commands"
                + (reader.isInteractive ? "; Ctrl-C on an empty line ends." : "."))
        session.startConversation()
        var ending = "input ended"
        reading: while true {
            if InterruptSignal.received {
                ending = "interrupted"
                break
            }
            if !reader.hasPendingInput { session.idle() }
            if reader.isInteractive { session.showStatusLine(always: true) }
            switch reader.read(prompt: session.prompt) {
            case .line(let line):
                if session.handle(line) == .quit {
                    ending = "quit"
                    break reading
                }
            case .endOfInput:
                break reading
            case .interrupted:
                ending = "interrupted"
                break reading
            }
        }
        session.endConversation()
        session.output.text(session.style.dim("Console closed (\(ending))."))
    }
}
