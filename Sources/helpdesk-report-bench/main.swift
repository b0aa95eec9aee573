import Foundation
import HelpdeskCore
import HelpdeskReports
import HelpdeskStore

// How fast `helpdesk report` reads a big exchange log. Build in release and run:
//   scripts/bench-report [--exchanges 1000000] [--days 90] [--runs 3] [--db PATH] [--rebuild]
// Fills the database once (N generated exchanges over D days through AppDatabase.recordExchanges,
// plus two incidents through saveServiceStatus), then times the report in this process and
// `helpdesk report` in text, JSON and HTML, and prints seconds.

func say(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

let options = BenchOptions(CommandLine.arguments)
guard let now = ISO8601.parse(options.now) else {
    say("--now \(options.now) is not an ISO-8601 time")
    exit(2)
}

// 1. The log.
let database: AppDatabase
do {
    if options.rebuild { try? FileManager.default.removeItem(atPath: options.database) }
    database = try AppDatabase(path: options.database)
    let have = try database.exchangeCount()
    if have != options.exchanges {
        if have > 0 {
            say("\(options.database) holds \(have) exchanges, not \(options.exchanges): run with --rebuild or another --db")
            exit(2)
        }
        say("filling \(options.database) with \(options.exchanges) exchanges over \(options.days) days …")
        let start = Date()
        var log = BenchLog(now: now, days: options.days, total: options.exchanges)
        var index = 0
        while index < options.exchanges {
            let end = min(index + 20_000, options.exchanges)
            try database.recordExchanges((index..<end).map { log.exchange($0) })
            index = end
        }
        let components = [
            StatusComponent(id: "amazon", name: "Amazon channel", status: .operational),
            StatusComponent(id: "dashboard", name: "Dashboard", status: .operational),
        ]
        try database.saveServiceStatus(
            ServiceStatus(components: components, incidents: log.incidents), fetchedAt: now, source: "bench")
        say(String(format: "filled in %.1f s", Date().timeIntervalSince(start)))
    }
    say("log: \(try database.exchangeCount()) exchanges")
} catch {
    say("\(error)")
    exit(2)
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func summary(_ label: String, _ times: [Double]) {
    let sorted = times.sorted()
    say(
        String(
            format: "%@: best %.3f s, median %.3f s, worst %.3f s (%d runs)", label, sorted.first ?? 0,
            sorted[sorted.count / 2], sorted.last ?? 0, sorted.count))
}

// 2. In this process: the library alone.
do {
    let knowledgeBase = try KnowledgeBase.load(from: URL(fileURLWithPath: options.knowledgeBase))
    let reader = ExchangeReportReader(database: database, settings: try ReportSettings(knowledgeBase: knowledgeBase))
    let period = try ReportPeriod(now: now)
    var scans: [Double] = []
    for _ in 0..<options.runs {
        var sum = 0.0
        scans.append(
            try seconds {
                try database.scanExchanges(from: nil, before: nil, vocabulary: ExchangeScanVocabulary()) { row, _ in
                    sum += row.confidence
                }
            })
        if sum < 0 { say("impossible") }
    }
    summary("AppDatabase.scanExchanges alone (reading)", scans)
    var times: [Double] = []
    var report: ExchangeReport?
    for _ in 0..<options.runs {
        times.append(try seconds { report = try reader.report(period: period, dimensions: ReportDimension.allCases) })
    }
    summary("ExchangeReportReader.report, every breakdown", times)
    if let report {
        say(
            "  \(report.totals.exchanges) exchanges, \(report.incidents.count) incidents, \(report.unanswered.count) unanswered groups"
        )
        for incident in report.incidents {
            say(
                "  \(incident.name): \(incident.exchanges) vs usual \(incident.usual ?? 0); order_status ×\(incident.orderStatus.multiplier ?? 0)"
            )
        }
    }
} catch {
    say("\(error)")
    exit(2)
}

// 3. The command, as a user runs it (process start, knowledge base, report, output).
let out = URL(fileURLWithPath: options.database).deletingLastPathComponent().appendingPathComponent("report-html").path
let commands: [(String, [String])] = [
    ("helpdesk report (text)", ["report"]),
    ("helpdesk report --format json", ["report", "--format", "json"]),
    ("helpdesk report --html", ["report", "--html", "--out", out]),
    ("helpdesk report --since 7d (the last week)", ["report", "--since", "7d"]),
]
for (label, arguments) in commands {
    var times: [Double] = []
    for _ in 0..<options.runs {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: options.helpdesk)
        process.arguments = arguments + ["--db", options.database, "--kb", options.knowledgeBase, "--now", options.now]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.standardError
        var launched = true
        let time = seconds {
            do {
                try process.run()
                process.waitUntilExit()
            } catch {
                launched = false
            }
        }
        guard launched else {
            say("cannot run \(options.helpdesk): build it first (scripts/bench-report does)")
            exit(2)
        }
        guard process.terminationStatus == 0 else {
            say("\(label) exited with \(process.terminationStatus)")
            exit(1)
        }
        times.append(time)
    }
    summary(label, times)
}
