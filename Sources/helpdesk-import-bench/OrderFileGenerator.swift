import Foundation
import HelpdeskCore

/// Writes order files of any size for the benchmark: Helpdesk's CSV and Shopify's export (one
/// row per line item, 1–3 items per order, the order's columns blank on later rows). The same
/// seed gives the same files.
struct OrderFileGenerator {
    let orders: Int
    var seed: UInt64 = 0x5EED

    static let channels = ["amazon", "ebay", "etsy", "shopify", "woocommerce", "magento"]
    private static let firstNames = ["Amelia", "Oliver", "Isla", "Jack", "Sofia", "Noah", "Grace", "Liam", "Ava", "Harry", "Chloe", "Mason"]
    private static let lastNames = ["Clarke", "Hughes", "Turner", "Taylor", "Rossi", "Evans", "Wilson", "Johnson", "Martinez", "Green", "Adams", "Lee"]
    private static let cities = ["London", "Leeds", "Bristol", "Cardiff", "Manchester", "York", "Bath", "Oxford", "Derby", "Hull"]
    private static let products = [("Blue enamel mug", "MUG-BLUE", "12.50"), ("Green enamel mug", "MUG-GREEN", "12.50"), ("Mug gift box", "BOX-1", "4.00"), ("Stoneware teapot 1L", "POT-1", "24.00"), ("Coaster set", "COAST-4", "6.00")]

    /// The order number of the `index`-th order of Helpdesk's file on its channel.
    static func helpdeskNumber(_ index: Int) -> String {
        let channel = channels[index % channels.count]
        switch channel {
        case "amazon": return "\(100 + index % 900)-\(pad(index % 10_000_000, 7))-\(pad((index &* 7919) % 10_000_000, 7))"
        case "ebay": return "\(10 + index % 90)-\(pad(index / 100_000 % 100_000, 5))-\(pad(index % 100_000, 5))"
        case "shopify": return "#\(1001 + index)"
        default: return "\(3_000_000_000 + index)"
        }
    }

    /// Helpdesk's CSV: every column filled in for dispatched orders, half of them dispatched.
    func writeHelpdeskCSV(to path: String) throws -> Int {
        var writer = try ChunkWriter(path: path)
        writer.line("channel,order_number,customer_name,customer_email,placed_at,imported_at,dispatched_at,exported_at,carrier,tracking_number,state,address_changed_at")
        var random = SplitMix64(seed: seed)
        let base = 1_740_000_000
        for index in 0..<orders {
            let first = Self.firstNames[Int(random.next() % 12)]
            let last = Self.lastNames[Int(random.next() % 12)]
            let placed = base + index * 7
            let dispatched = index % 2 == 0
            writer.line(
                "\(Self.channels[index % Self.channels.count]),\(Self.helpdeskNumber(index)),\(first) \(last),"
                    + "\(first.lowercased()).\(last.lowercased())\(index % 50_000)@example.com,\(Self.iso(placed)),"
                    + "\(Self.iso(placed + 600)),\(dispatched ? Self.iso(placed + 86_400) : ""),"
                    + "\(dispatched ? Self.iso(placed + 87_000) : ""),\(dispatched ? "royal-mail" : ""),"
                    + "\(dispatched ? "JD\(pad(index, 16))" : ""),"
                    + "\(dispatched ? "dispatched" : "awaiting_dispatch"),")
        }
        try writer.finish()
        return orders
    }

    static let shopifyHeader = "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value"

    /// Shopify's order export; returns the number of rows (line items) written.
    func writeShopifyCSV(to path: String) throws -> Int {
        var writer = try ChunkWriter(path: path)
        writer.line(Self.shopifyHeader)
        var random = SplitMix64(seed: seed ^ 0xABCDEF)
        var rows = 0
        let base = 1_740_000_000
        for index in 0..<orders {
            let name = "#\(1001 + index)"
            let first = Self.firstNames[Int(random.next() % 12)]
            let last = Self.lastNames[Int(random.next() % 12)]
            let email = "\(first.lowercased()).\(last.lowercased())\(index % 50_000)@example.com"
            let city = Self.cities[Int(random.next() % 10)]
            let street = "\(1 + random.next() % 200) High Street"
            let zip = "AB\(1 + random.next() % 99) \(random.next() % 9)CD"
            let created = Self.shopifyTime(base + index * 7)
            let fulfilled = index % 3 != 0
            let cancelled = index % 50 == 7
            let items = 1 + Int(random.next() % 3)
            var subtotal = 0
            var lines: [(Int, (String, String, String))] = []
            for _ in 0..<items {
                let product = Self.products[Int(random.next() % 5)]
                let quantity = 1 + Int(random.next() % 2)
                subtotal += (Int(product.2.replacingOccurrences(of: ".", with: "")) ?? 0) * quantity
                lines.append((quantity, product))
            }
            for (position, (quantity, product)) in lines.enumerated() {
                var cells = [String](repeating: "", count: 70)
                cells[0] = name
                cells[1] = email
                cells[15] = created
                cells[16] = String(quantity)
                cells[17] = product.0
                cells[18] = product.2
                cells[20] = product.1
                cells[21] = "true"
                cells[22] = "true"
                cells[23] = fulfilled ? "fulfilled" : "pending"
                cells[50] = "Acme Mugs"
                cells[59] = "0.00"
                if position == 0 {
                    cells[2] = cancelled ? "refunded" : "paid"
                    cells[3] = created
                    cells[4] = fulfilled ? "fulfilled" : "unfulfilled"
                    cells[5] = fulfilled ? Self.shopifyTime(base + index * 7 + 86_400) : ""
                    cells[6] = "no"
                    cells[7] = "GBP"
                    cells[8] = money(subtotal)
                    cells[9] = "3.95"
                    cells[10] = "0.00"
                    cells[11] = money(subtotal + 395)
                    cells[13] = "0.00"
                    cells[14] = "Royal Mail 2nd Class"
                    cells[24] = "\(first) \(last)"
                    cells[25] = street
                    cells[26] = street
                    cells[29] = city
                    cells[30] = zip
                    cells[32] = "GB"
                    cells[34] = "\(first) \(last)"
                    cells[35] = street
                    cells[36] = street
                    cells[39] = city
                    cells[40] = zip
                    cells[42] = "GB"
                    cells[46] = cancelled ? Self.shopifyTime(base + index * 7 + 3600) : ""
                    cells[47] = "Shopify Payments"
                    cells[48] = "c\(20_000_000_000 + index).1"
                    cells[49] = cancelled ? money(subtotal + 395) : "0.00"
                    cells[51] = "0.00"
                    cells[55] = String(5_600_000_000_000 + index)
                    cells[57] = "Low"
                    cells[58] = "web"
                    cells[60] = "GB VAT 20%"
                    cells[61] = "0.00"
                }
                writer.line(cells.joined(separator: ","))
                rows += 1
            }
        }
        try writer.finish()
        return rows
    }

    /// `2025-03-04T10:12:31Z`.
    static func iso(_ seconds: Int) -> String {
        let (date, time) = civil(seconds)
        return "\(date)T\(time)Z"
    }

    /// `2025-03-04 10:12:31 +0000`.
    static func shopifyTime(_ seconds: Int) -> String {
        let (date, time) = civil(seconds)
        return "\(date) \(time) +0000"
    }

    private static func civil(_ seconds: Int) -> (String, String) {
        let days = seconds / 86_400
        let inDay = seconds % 86_400
        let z = days + 719_468
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (
            "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))",
            "\(pad(inDay / 3600, 2)):\(pad(inDay / 60 % 60, 2)):\(pad(inDay % 60, 2))"
        )
    }
}

/// `n` in decimal, zero-padded to `width` digits.
func pad(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

/// Cents as `12.50`.
func money(_ cents: Int) -> String { "\(cents / 100).\(pad(cents % 100, 2))" }

/// Appends lines to a file through a 4 MiB buffer.
struct ChunkWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw BenchmarkError.failed("cannot create \(path)") }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        buffer.reserveCapacity(4 << 20)
    }

    mutating func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count >= 4 << 20 { flush() }
    }

    private mutating func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func finish() throws {
        flush()
        try handle.close()
    }
}
