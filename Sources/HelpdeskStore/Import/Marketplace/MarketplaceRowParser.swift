import Foundation
import HelpdeskCore

/// Reads the rows of one marketplace export into orders and line items; pure, no database.
struct MarketplaceRowParser {
    let layout: MarketplaceLayout
    let columns: MarketplaceColumns
    /// The file name used in errors.
    let file: String
    /// The channel the orders are stored under.
    let channel: Channel
    /// The order columns this file sets (see ``OrderFieldSet``).
    let provided: OrderFieldSet
    /// When new orders count as imported.
    let now: Date
    /// Positions of the columns read, for reporting invalid UTF-8.
    private let usedColumns: Set<Int>

    /// Which columns the reader needs to decode: those of any field, and the first, where footer
    /// notes are written (see ``CSVReader/decodedColumns``).
    var decodedColumns: [Bool] {
        (0..<columns.header.count).map { $0 == 0 || usedColumns.contains($0) }
    }

    /// A parser for a file with this header.
    ///
    /// - Throws: ``StoreError/missingColumn(file:column:)`` when there is no order-number column.
    init(layout: MarketplaceLayout, header: CSVHeader, file: String, channel: Channel, now: Date) throws {
        let columns = MarketplaceColumns(header: header, layout: layout)
        guard columns.has(.orderNumber) else {
            throw StoreError.missingColumn(file: file, column: layout.columns[.orderNumber]?.first ?? "order number")
        }
        self.layout = layout
        self.columns = columns
        self.file = file
        self.channel = channel
        self.now = now
        var provided: OrderFieldSet = [.orderNumber]
        if layout.stateFields.contains(where: columns.has) { provided.insert(.state) }
        let optional: [(MarketplaceField, OrderFieldSet)] = [
            (.customerName, .customerName), (.customerEmail, .customerEmail), (.placedAt, .placedAt),
            (.dispatchedAt, .dispatchedAt), (.carrier, .carrier), (.trackingNumber, .trackingNumber),
            (.itemCount, .itemCount),
        ]
        for (field, set) in optional where columns.has(field) { provided.insert(set) }
        if layout.itemMarkers.contains(where: columns.has) {
            provided.formUnion([.items, .itemCount])
            let parts: [(MarketplaceField, OrderFieldSet)] = [
                (.itemSKU, .itemSKU), (.itemName, .itemName), (.itemQuantity, .itemQuantity), (.itemPrice, .itemPrice),
            ]
            for (field, set) in parts where columns.has(field) { provided.insert(set) }
        }
        // Without a street column (Amazon's All Orders report has only city and postcode) the
        // fingerprint would differ from a full address's and report a change that is none.
        if columns.has(.address1) { provided.insert(.address) }
        self.provided = provided
        usedColumns = Set(MarketplaceField.allCases.flatMap { columns.positions(of: $0) })
    }

    /// The order number of `record`, trimmed, or `nil` when its cell is empty or missing.
    func orderNumber(_ record: CSVRecord) -> String? {
        guard let number = MarketplaceRow(record: record, columns: columns).text(.orderNumber) else { return nil }
        guard layout.dropsHashFromNumbers, number.hasPrefix("#") else { return number }
        let bare = number.dropFirst().trimmingCharacters(in: .whitespaces)
        return bare.isEmpty ? nil : bare
    }

    /// Whether `record` is a note rather than data: no order number and at most two cells
    /// filled in ("2 record(s) downloaded", "Seller ID: shop_uk").
    func isFooter(_ record: CSVRecord) -> Bool {
        guard layout.hasFooterRows, orderNumber(record) == nil else { return false }
        var filled = 0
        for field in record.fields where !field.allSatisfy(\.isWhitespace) {
            filled += 1
            if filled > 2 { return false }
        }
        return true
    }

    /// Problems that make the whole row unusable: a wrong number of fields, invalid UTF-8 in a
    /// column that is read.
    func rowProblems(_ record: CSVRecord, errors: inout [RowError]) -> Bool {
        let header = columns.header
        guard record.count == header.count else {
            errors.append(
                RowError(
                    file: file, line: record.line, field: nil,
                    message: "expected \(header.count) fields like the header, found \(record.count)"))
            return true
        }
        var found = false
        for index in record.invalidUTF8Fields where usedColumns.contains(index) {
            errors.append(
                RowError(
                    file: file, line: record.line, field: header.names[index],
                    message: "is not valid UTF-8 (save the file as UTF-8)"))
            found = true
        }
        return found
    }

    /// The order that `record`, its first row, starts (with the row's item, if any), or `nil`
    /// with the row's problems appended to `errors`.
    func order(_ record: CSVRecord, number: String, errors: inout [RowError]) -> ImportedOrder? {
        let row = MarketplaceRow(record: record, columns: columns)
        let errorsBefore = errors.count
        let placed = date(row, .placedAt, &errors)
        let dispatched = date(row, .dispatchedAt, &errors)
        var state = OrderState.awaitingDispatch
        switch layout.state(row) {
        case .state(let read): state = read
        case .problem(let field, let message): errors.append(error(row, field, message))
        }
        var statedCount: Int?
        if let text = row.text(.itemCount) {
            statedCount = Int(text)
            if statedCount == nil || statedCount ?? 0 < 0 {
                errors.append(error(row, .itemCount, "\"\(text)\" is not a number of items"))
            }
        }
        let item = self.item(row, &errors)
        guard errors.count == errorsBefore else { return nil }
        let order = Order(
            channel: channel, orderNumber: number, customerName: row.text(.customerName),
            customerEmail: row.text(.customerEmail), placedAt: placed, importedAt: now, dispatchedAt: dispatched,
            carrier: row.text(.carrier), trackingNumber: row.text(.trackingNumber), state: state)
        let address =
            provided.contains(.address) ? ShippingAddress(parts: MarketplaceField.addressFields.map { row.text($0) }) : nil
        return ImportedOrder(order: order, items: item.map { [$0] } ?? [], statedItemCount: statedCount, address: address)
    }

    /// The line item on a later row of an order: `nil` when the row has none or, with the problem
    /// appended to `errors`, when it is unusable.
    func item(_ record: CSVRecord, errors: inout [RowError]) -> OrderItem? {
        item(MarketplaceRow(record: record, columns: columns), &errors)
    }

    private func item(_ row: MarketplaceRow, _ errors: inout [RowError]) -> OrderItem? {
        guard layout.itemMarkers.contains(where: { row.text($0) != nil }) else { return nil }
        var quantity = 1
        if let text = row.text(.itemQuantity) {
            guard let value = Int(text), value >= 0 else {
                errors.append(error(row, .itemQuantity, "\"\(text)\" is not a quantity"))
                return nil
            }
            quantity = value
        }
        return OrderItem(
            sku: row.text(.itemSKU), name: row.text(.itemName), quantity: quantity, price: row.text(.itemPrice))
    }

    private func date(_ row: MarketplaceRow, _ field: MarketplaceField, _ errors: inout [RowError]) -> Date? {
        guard let text = row.text(field) else { return nil }
        if let date = MarketplaceDate.parse(text, style: layout.dateStyle) { return date }
        errors.append(error(row, field, "\"\(text)\" is not a date (like \(layout.dateStyle.example))"))
        return nil
    }

    private func error(_ row: MarketplaceRow, _ field: MarketplaceField, _ message: String) -> RowError {
        RowError(file: file, line: row.record.line, field: row.columnName(field), message: message)
    }
}
