import ArgumentParser
import Foundation
import HelpdeskCore
import HelpdeskReports
import HelpdeskStore

extension ReportDimension: ExpressibleByArgument {}

/// Output formats of `helpdesk report`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on the exchange log: what customers ask, when, and how well the desk answers.",
        discussion: """
            Volumes by intent and over time (hours and days on the desk's clock), hand-off, out-of-scope and \
            low-confidence rates, the top unanswered questions grouped by similar wording, and the volumes \
            during each incident against the same hours on days without one.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "Only exchanges at or after this time: ISO-8601, or a duration back from now such as 7d.")
    var since: String?
    @Option(help: "Only exchanges before this time (the same forms).")
    var until: String?
    @Option(
        help: ArgumentHelp(
            "Break volumes down by hour, day, intent, channel, via or rule; repeat for several (default: intent and day).",
            valueName: "dimension"))
    var by: [ReportDimension] = []
    @Option(help: "Output format: text, json or csv.") var format: ReportFormat = .text
    @Flag(help: "Write a self-contained HTML report with charts (DIR/index.html, and DIR/report.json) instead.")
    var html = false
    @Option(help: "The folder --html writes into (created if needed).", completion: .directory) var out: String?
    @Option(help: "How many unanswered questions to list.") var top: Int = 10

    var dimensions: [ReportDimension] {
        var seen: Set<ReportDimension> = []
        let asked = by.isEmpty ? ReportDimension.defaults : by
        return asked.filter { seen.insert($0).inserted }
    }

    func validate() throws {
        try TimeArgument.validate(since, option: "--since")
        try TimeArgument.validate(until, option: "--until")
        if html && out == nil { throw ValidationError("--html needs --out DIR: the folder to write the report into") }
        if !html && out != nil { throw ValidationError("--out is for --html; the other formats print to standard output") }
        if top < 0 { throw ValidationError("--top must be 0 or more") }
    }

    func run() throws {
        let context = AppContext(options: global)
        let now = context.clock.now()
        let knowledgeBase = try context.knowledgeBase()
        let report: ExchangeReport
        do {
            let settings = try ReportSettings(knowledgeBase: knowledgeBase, topQuestions: top)
            let period = try ReportPeriod(
                since: since.flatMap { TimeArgument.date($0, now: now) },
                until: until.flatMap { TimeArgument.date($0, now: now) }, now: now)
            let reader = ExchangeReportReader(database: try context.database(), settings: settings)
            report = try reader.report(period: period, dimensions: html ? ReportHTML.dimensions : dimensions)
        } catch let error as ReportError {
            Console.error(error.description)
            throw ExitCode(2)
        }
        if html, let out {
            try write(report, into: out)
            return
        }
        switch format {
        case .text: Console.print(ReportText(report, dimensions: dimensions).text)
        case .json: Console.print(StableJSON.string(report, pretty: true))
        case .csv: FileHandle.standardOutput.write(Data(ReportCSV.text(report, dimensions: dimensions).utf8))
        }
    }

    private func write(_ report: ExchangeReport, into out: String) throws {
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        let page = folder.appendingPathComponent("index.html")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(ReportHTML(report).html.utf8).write(to: page, options: .atomic)
            try Data(StableJSON.string(report, pretty: true).utf8).write(
                to: folder.appendingPathComponent("report.json"), options: .atomic)
        } catch {
            Console.error("cannot write the report into \(out): \(error.localizedDescription)")
            throw ExitCode(1)
        }
        Console.print(
            "\(page.path): \(report.totals.exchanges) exchanges, \(report.incidents.count) incident\(report.incidents.count == 1 ? "" : "s"), \(report.unanswered.count) unanswered questions"
        )
    }
}
