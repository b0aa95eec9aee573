import Foundation
import HelpdeskCore

/// Orders and channel sync state in one line each, for the console.
struct ConsoleFactsText {
    let catalog: Catalog
    let times: ConsoleClockText

    /// `Amazon 114-0149180-7966659 · dispatched · Royal Mail AB123456785GB · placed …, dispatched …`.
    func order(_ order: Order, now: Date) -> String {
        var parts = ["\(catalog.name(of: order.channel)) \(order.orderNumber)", order.state.rawValue]
        if let carrier = order.carrier {
            parts.append(catalog.carrierName(carrier) + (order.trackingNumber.map { " \($0)" } ?? ""))
        } else if let tracking = order.trackingNumber {
            parts.append("tracking \(tracking)")
        }
        var when: [String] = []
        if let placed = order.placedAt { when.append("placed \(times.time(placed, now: now))") }
        if let imported = order.importedAt { when.append("imported \(times.time(imported, now: now))") }
        if let dispatched = order.dispatchedAt { when.append("dispatched \(times.timeAndAge(dispatched, now: now))") }
        if let exported = order.exportedAt {
            when.append("sent to \(catalog.name(of: order.channel)) \(times.time(exported, now: now))")
        } else if order.dispatchedAt != nil {
            when.append("not yet sent to \(catalog.name(of: order.channel))")
        }
        if let changed = order.addressChangedAt { when.append("address changed \(times.time(changed, now: now))") }
        if !when.isEmpty { parts.append(when.joined(separator: ", ")) }
        if let name = order.customerName {
            parts.append(name + (order.customerEmail.map { " <\($0)>" } ?? ""))
        } else if let email = order.customerEmail {
            parts.append(email)
        }
        return parts.joined(separator: " · ")
    }

    /// What a look-up found, in one line.
    func lookup(_ lookup: OrderLookup) -> String? {
        switch lookup {
        case .notAsked: return nil
        case .found: return nil
        case .notFound(let numbers): return "not found: \(numbers.joined(separator: ", "))"
        case .ambiguous(let orders):
            let list = orders.map { "\(catalog.name(of: $0.channel)) \($0.orderNumber)" }.joined(separator: ", ")
            return "\(orders.count) orders match: \(list) (ask which channel)"
        }
    }

    /// `Amazon (Northwind Pets): connected 2025-…, last import 10:18 (12m ago), last export …; error: …`.
    func channel(_ channel: Channel, state: ChannelState?, now: Date) -> String {
        let name = catalog.name(of: channel)
        guard let state else { return "\(name): not connected" }
        var parts: [String] = []
        if let connected = state.connectedAt { parts.append("connected \(times.timeAndAge(connected, now: now))") }
        parts.append(state.lastImportAt.map { "last import \(times.timeAndAge($0, now: now))" } ?? "no import yet")
        parts.append(state.lastExportAt.map { "last export \(times.timeAndAge($0, now: now))" } ?? "no export yet")
        var text = name + (state.storeName.map { " (\($0))" } ?? "") + ": " + parts.joined(separator: ", ")
        if let error = state.lastError { text += "; error: \(error)" }
        return text
    }
}
