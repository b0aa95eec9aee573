import Foundation
import HelpdeskCore

/// Turns rows of Helpdesk's own order CSV into ``Order`` values; pure, no database.
///
/// The header names the columns (in any order, matched trimmed and case-insensitively; extra
/// columns are ignored):
///
/// `channel,order_number,customer_name,customer_email,placed_at,imported_at,dispatched_at,exported_at,carrier,tracking_number,state,address_changed_at`
///
/// `channel`, `order_number` and `state` are required (`channel` not when a default channel is
/// given: it then fills rows whose `channel` is missing or empty). Times are ISO-8601 (`ISO8601.parse`), an
/// empty cell meaning none; `state` is `awaiting_dispatch`, `dispatched`, `cancelled` or
/// `refunded`; `channel` is one of ``Channel``'s raw values.
public struct HelpdeskCSVOrderParser: Sendable {
    /// Columns without which the file cannot be read.
    public static let requiredColumns = ["channel", "order_number", "state"]
    /// Columns read when present.
    public static let optionalColumns = [
        "customer_name", "customer_email", "placed_at", "imported_at", "dispatched_at", "exported_at", "carrier",
        "tracking_number", "address_changed_at",
    ]

    /// The file name used in errors.
    public let file: String
    private let header: CSVHeader
    private let channel: Int?
    private let defaultChannel: Channel?
    private let orderNumber: Int
    private let state: Int
    private let customerName: Int?
    private let customerEmail: Int?
    private let placedAt: Int?
    private let importedAt: Int?
    private let dispatchedAt: Int?
    private let exportedAt: Int?
    private let carrier: Int?
    private let trackingNumber: Int?
    private let addressChangedAt: Int?
    /// Positions of the columns read, for reporting invalid UTF-8.
    private let usedColumns: Set<Int>

    /// A parser for a file with this header; `defaultChannel` is the channel of rows that name none.
    ///
    /// - Throws: ``StoreError/missingColumn(file:column:)`` for the first missing required column.
    public init(header: CSVHeader, file: String, defaultChannel: Channel? = nil) throws {
        self.file = file
        self.header = header
        self.defaultChannel = defaultChannel
        do {
            let required = try header.require(Self.requiredColumns.filter { $0 != "channel" || defaultChannel == nil })
            channel = header.index(of: "channel")
            (orderNumber, state) = (required[required.count - 2], required[required.count - 1])
        } catch CSVError.missingColumn(let name) {
            throw StoreError.missingColumn(file: file, column: name)
        }
        customerName = header.index(of: "customer_name")
        customerEmail = header.index(of: "customer_email")
        placedAt = header.index(of: "placed_at")
        importedAt = header.index(of: "imported_at")
        dispatchedAt = header.index(of: "dispatched_at")
        exportedAt = header.index(of: "exported_at")
        carrier = header.index(of: "carrier")
        trackingNumber = header.index(of: "tracking_number")
        addressChangedAt = header.index(of: "address_changed_at")
        let optional = [
            customerName, customerEmail, placedAt, importedAt, dispatchedAt, exportedAt, carrier, trackingNumber,
            addressChangedAt,
        ]
        usedColumns = Set(([channel, orderNumber, state] + optional).compactMap { $0 })
    }

    /// The order in `record`, or `nil` with the row's problems appended to `errors`.
    public func parse(_ record: CSVRecord, errors: inout [RowError]) -> Order? {
        guard record.count == header.count else {
            errors.append(
                RowError(
                    file: file, line: record.line, field: nil,
                    message: "expected \(header.count) fields like the header, found \(record.count)"))
            return nil
        }
        let errorsBefore = errors.count
        for index in record.invalidUTF8Fields where usedColumns.contains(index) {
            errors.append(error(record, index, "is not valid UTF-8 (save the file as UTF-8)"))
        }
        if errors.count > errorsBefore { return nil }

        let channelText = channel.map { record.fields[$0].trimmedCell.lowercased() } ?? ""
        let channelValue = channelText.isEmpty && defaultChannel != nil ? defaultChannel : Channel(rawValue: channelText)
        if channelValue == nil, let channel {
            let known = Channel.allCases.map(\.rawValue).joined(separator: ", ")
            let message =
                channelText.isEmpty
                ? "is empty; use one of \(known)" : "\"\(channelText)\" is not a channel; use one of \(known)"
            errors.append(error(record, channel, message))
        }
        let number = record.fields[orderNumber].trimmedCell
        if number.isEmpty {
            errors.append(error(record, orderNumber, "is empty"))
        } else if LookupKeys.key(number).isEmpty {
            errors.append(error(record, orderNumber, "\"\(number)\" has no letters or digits"))
        }
        let stateText = record.fields[state].trimmedCell.lowercased()
        let stateValue = OrderState(rawValue: stateText)
        if stateValue == nil {
            let known = OrderState.allCases.map(\.rawValue).joined(separator: ", ")
            errors.append(error(record, state, "\"\(stateText)\" is not a state; use one of \(known)"))
        }
        let placed = time(record, placedAt, &errors)
        let imported = time(record, importedAt, &errors)
        let dispatched = time(record, dispatchedAt, &errors)
        let exported = time(record, exportedAt, &errors)
        let addressChanged = time(record, addressChangedAt, &errors)

        guard errors.count == errorsBefore, let channelValue, let stateValue else { return nil }
        return Order(
            channel: channelValue, orderNumber: number, customerName: text(record, customerName),
            customerEmail: text(record, customerEmail), placedAt: placed, importedAt: imported,
            dispatchedAt: dispatched, exportedAt: exported, carrier: text(record, carrier),
            trackingNumber: text(record, trackingNumber), state: stateValue, addressChangedAt: addressChanged)
    }

    /// The trimmed cell, or `nil` when the column is absent or the cell empty.
    private func text(_ record: CSVRecord, _ column: Int?) -> String? {
        guard let column else { return nil }
        let value = record.fields[column].trimmedCell
        return value.isEmpty ? nil : value
    }

    private func time(_ record: CSVRecord, _ column: Int?, _ errors: inout [RowError]) -> Date? {
        guard let text = text(record, column), let column else { return nil }
        if let date = ImportTime.parse(text) { return date }
        errors.append(error(record, column, "\"\(text)\" is not an ISO-8601 time (like 2025-03-04T10:12:31Z)"))
        return nil
    }

    private func error(_ record: CSVRecord, _ column: Int, _ message: String) -> RowError {
        RowError(file: file, line: record.line, field: header.names[column], message: message)
    }
}
