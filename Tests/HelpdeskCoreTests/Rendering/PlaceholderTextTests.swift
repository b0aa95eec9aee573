@testable import HelpdeskCore
import XCTest

/// Words with placeholders are parsed once and filled as the one-pass replacement did.
final class PlaceholderTextTests: XCTestCase {
    private func filled(_ text: String) -> String {
        var output = ""
        PlaceholderText<ClockSlot>(text).write(into: &output) { slot, output in
            switch slot {
            case .time: output += "09:05"
            case .day: output += "5"
            case .month: output += "March"
            }
        }
        return output
    }

    func testFillsEveryPlaceholderItKnows() {
        XCTAssertEqual(filled("{time} on {day} {month}"), "09:05 on 5 March")
        XCTAssertEqual(filled("{day}. {month} в {time}"), "5. March в 09:05")
        XCTAssertEqual(filled("{time}{time}"), "09:0509:05")
        XCTAssertEqual(filled("no placeholders"), "no placeholders")
        XCTAssertEqual(filled(""), "")
    }

    func testKeepsOtherPlaceholdersAndOddBracesAsWritten() {
        XCTAssertEqual(filled("{time} {duration} }"), "09:05 {duration} }")
        XCTAssertEqual(filled("{{time}"), "{{time}")
        // An unclosed brace ends the scan: what came before it is kept twice, as the one-pass
        // replacement always wrote it.
        XCTAssertEqual(filled("at {time} on {day"), "at 09:05 on  on {day")
    }
}
