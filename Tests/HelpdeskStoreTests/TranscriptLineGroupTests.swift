import Foundation
import GRDB
import XCTest

@testable import HelpdeskStore

/// Lines kept a group at a time (``LogTransaction/record(_:)-([TranscriptLineEntry])``, the batch's
/// way) are stored exactly as the same lines kept one by one: same ids, same order, same values,
/// the same lines skipped and the same counts.
final class TranscriptLineGroupTests: StoreTestCase {
    private let group = MultiRowInsert.groupSizes.first ?? 1

    /// Lines for groups of every size: two of the largest, then smaller ones; one key repeats.
    private func lines() -> [TranscriptLineEntry] {
        let start = time("2025-03-04T10:00:00Z")
        return (0..<(2 * group + 11)).map { index in
            let key = index == group + 40 ? 10 : index
            let conversation: String? = index % 3 == 0 ? nil : "chat-\(index / 4)"
            let role = index % 2 == 0 ? "agent" : "system"
            let via: String? = index % 5 == 0 ? nil : "chat"
            let text = index % 7 == 0 ? "" : "line \(index)"
            return TranscriptLineEntry(
                sourceKey: "t#\(key)", conversationID: conversation, at: start.addingTimeInterval(Double(index)), role: role,
                via: via, text: text)
        }
    }

    /// Lines kept before, at the edges of groups among others.
    private var keptBefore: [Int] { [0, 5, group - 1, group, 2 * group + 3, 2 * group + 10] }

    private func rows(_ database: AppDatabase) throws -> [Row] {
        try database.read("rows") { db in try Row.fetchAll(db, sql: "SELECT * FROM transcript_lines ORDER BY id") }
    }

    func testAGroupStoresWhatOneByOneStores() throws {
        let lines = lines()
        let oneByOne = try AppDatabase(path: folder.path("one-by-one.sqlite"))
        for store in [database, oneByOne] {
            _ = try store?.inLogTransaction { log in
                for index in keptBefore { _ = try log.record(lines[index]) }
            }
        }

        let grouped = try database.inLogTransaction { try $0.record(lines) }
        let single = try oneByOne.inLogTransaction { log in
            var counts = (new: 0, old: 0)
            for line in lines {
                if try log.record(line) { counts.new += 1 } else { counts.old += 1 }
            }
            return counts
        }

        XCTAssertEqual(grouped.new, lines.count - keptBefore.count - 1)
        XCTAssertEqual(grouped.old, keptBefore.count + 1)
        XCTAssertEqual(grouped.new, single.new)
        XCTAssertEqual(grouped.old, single.old)
        XCTAssertEqual(try rows(database), try rows(oneByOne))
        XCTAssertEqual(try rows(database).count, lines.count - 1)
        let again = try database.inLogTransaction { try $0.record(lines) }
        XCTAssertEqual(again.new, 0, "keys already kept are not kept again")
        XCTAssertEqual(again.old, lines.count)
    }

    /// A line that breaks a constraint in the middle of a group fails the transaction, and
    /// nothing of it is kept, not even the group's lines before it.
    func testALineThatBreaksAConstraintKeepsNothing() throws {
        var lines = lines()
        lines[group + 3].role = "customer"
        XCTAssertThrowsError(try database.inLogTransaction { try $0.record(lines) })
        XCTAssertEqual(try database.transcriptLineCount(), 0)
        XCTAssertEqual(try database.inLogTransaction { try $0.record(Array(lines[..<group])) }.new, group, "the store still writes")
    }
}
