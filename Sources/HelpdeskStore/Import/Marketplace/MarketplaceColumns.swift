import Foundation
import HelpdeskCore

/// Where each ``MarketplaceField`` is in one file's header (possibly in several columns, most
/// preferred first).
struct MarketplaceColumns: Sendable {
    /// Positions per field, indexed by the field's raw value.
    private let positions: [[Int]]
    /// The header, for naming columns in errors.
    let header: CSVHeader

    /// The columns of `layout` found in `header`.
    init(header: CSVHeader, layout: MarketplaceLayout) {
        var positions = Array(repeating: [Int](), count: MarketplaceField.allCases.count)
        for (field, names) in layout.columns {
            positions[field.rawValue] = names.compactMap { header.index(of: $0) }
        }
        self.positions = positions
        self.header = header
    }

    /// The positions of `field`'s columns, most preferred first; empty when the file has none.
    func positions(of field: MarketplaceField) -> [Int] { positions[field.rawValue] }

    /// Whether the file has a column for `field`.
    func has(_ field: MarketplaceField) -> Bool { !positions[field.rawValue].isEmpty }

    /// The header name of `field`'s first column (the field's own name when the file has none).
    func name(of field: MarketplaceField) -> String {
        guard let first = positions[field.rawValue].first else { return "\(field)" }
        return header.names[first]
    }
}

/// One row of a marketplace export, read by field.
struct MarketplaceRow {
    let record: CSVRecord
    let columns: MarketplaceColumns

    /// The first filled-in cell of `field`'s columns, trimmed; `nil` when none is.
    func text(_ field: MarketplaceField) -> String? {
        for position in columns.positions(of: field) where position < record.fields.count {
            let cell = record.fields[position].trimmedCell
            if !cell.isEmpty { return cell }
        }
        return nil
    }

    /// The header name of the column `text(field)` read (the first one when all are empty).
    func columnName(_ field: MarketplaceField) -> String {
        for position in columns.positions(of: field) where position < record.fields.count {
            if !record.fields[position].trimmedCell.isEmpty { return columns.header.names[position] }
        }
        return columns.name(of: field)
    }
}

extension String {
    /// Without surrounding white space; cheap when there is none.
    var trimmedCell: String {
        // Bytes, not Characters: asking a Character whether it is white space costs a table look-up.
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
