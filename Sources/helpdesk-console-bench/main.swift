import Foundation
import HelpdeskCore
import HelpdeskStore

// How fast the agent console answers on a big store. Build in release and run:
//   scripts/bench-console [--orders 1000000] [--messages 1000] [--db PATH] [--format json|text] [--think-ms 50]
// Fills the database once (the demo store plus N generated orders through AppDatabase.saveOrders),
// then drives `helpdesk console` on pipes, one message at a time, and prints answer latencies from
// Enter to the answer's last line.

func say(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

let options = BenchOptions(CommandLine.arguments)
guard let now = ISO8601.parse(options.now) else {
    say("--now \(options.now) is not an ISO-8601 time")
    exit(2)
}

// 1. The store.
let database: AppDatabase
do {
    database = try AppDatabase(path: options.database)
    if try database.orderCount() == 0 { _ = try database.installDemo(DemoData(now: now)) }
    let factory = BenchOrders(now: now)
    let have = try database.orderCount()
    let demoOrders = DemoData(now: now).orders.count
    let wanted = options.orders + demoOrders
    if have < wanted {
        say("filling \(options.database) with \(wanted - have) orders …")
        let start = Date()
        var index = have - demoOrders
        while index < options.orders {
            let end = min(index + 10_000, options.orders)
            _ = try database.saveOrders((index..<end).map(factory.order), at: now)
            index = end
        }
        say(String(format: "filled in %.1f s", Date().timeIntervalSince(start)))
    }
    say("store: \(try database.orderCount()) orders, \(try database.exchangeCount()) exchanges logged so far")
} catch {
    say("\(error)")
    exit(2)
}

// 3. Timing, per output format.
func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
}

for format in options.formats {
    let timer: ConsoleTimer
    do {
        timer = try ConsoleTimer(
            helpdesk: options.helpdesk,
            arguments: ["--agent", "bench", "--now", options.now, "--db", options.database, "--kb", options.knowledgeBase],
            format: format)
    } catch {
        say("cannot start \(options.helpdesk): \(error)")
        exit(2)
    }
    let ready = timer.waitUntilReady { format == "json" ? $0.contains("\"event\":\"started\"") : $0.hasPrefix("Conversation ") }
    guard ready else {
        say("the console ended before it was ready")
        exit(1)
    }
    var times: [Double] = []
    var messages = BenchMessages(orders: options.orders)
    for turn in 0..<(options.warmUp + options.messages) {
        guard let seconds = timer.time(messages.next(turn)) else {
            say("the console ended at message \(turn)")
            exit(1)
        }
        if turn >= options.warmUp { times.append(seconds) }
        if options.thinkMilliseconds > 0 { usleep(useconds_t(options.thinkMilliseconds * 1000)) }
    }
    timer.finish()
    let sorted = times.sorted()
    let mean = times.reduce(0, +) / Double(max(times.count, 1))
    print(
        String(
            format: "console --format %@, %d ms between messages: %d answers on %d orders: mean %.2f ms, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; %d over 50 ms",
            format, options.thinkMilliseconds, times.count, options.orders, mean * 1000, percentile(sorted, 0.5) * 1000, percentile(sorted, 0.9) * 1000,
            percentile(sorted, 0.99) * 1000, (sorted.last ?? 0) * 1000, times.filter { $0 > 0.05 }.count))
}
