import ArgumentParser

@main
struct Helpdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        abstract: "Answers \"where is my order?\" from orders, channel sync state, live service status and the knowledge base.",
        subcommands: [
            AskCommand.self, DemoCommand.self, KnowledgeBaseCommand.self, OrdersCommand.self, ChannelsCommand.self,
            StatusCommand.self, LogCommand.self, ReportCommand.self, EvalCommand.self, FAQCommand.self, ConsoleCommand.self, BatchCommand.self,
        ]
    )
}
