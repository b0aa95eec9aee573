@testable import HelpdeskCore
import XCTest

/// The arithmetic alone, on the jkeen/tracking_number_data test numbers.
final class EntityCheckDigitsTests: XCTestCase {
    private func bytes(_ s: String) -> [UInt8] { Array(s.replacingOccurrences(of: " ", with: "").utf8) }

    func testUPS() {
        for s in ["1Z5R89390357567127", "1Z879E930346834440", "1Z410E7W0392751591", "1Z8V92A70367203024"] {
            XCTAssertTrue(CheckDigits.ups(bytes(s)), s)
        }
        XCTAssertFalse(CheckDigits.ups(bytes("1Z5R89390357567128")))
        XCTAssertFalse(CheckDigits.ups(bytes("1Z1111111111111111")))
    }

    func testFedEx() {
        for s in ["986578788855", "477179081230", "799531274483", "790535312317", "974367662710"] {
            XCTAssertTrue(CheckDigits.fedEx12(bytes(s)), s)
        }
        XCTAssertFalse(CheckDigits.fedEx12(bytes("996578788855")))
        for s in ["1001921334250001000300779017972697", "9622001560001234567100794808390594"] {
            XCTAssertTrue(CheckDigits.fedEx34(bytes(s)), s)
        }
        XCTAssertFalse(CheckDigits.fedEx34(bytes("9622001560001234567100794808390595")))
    }

    func testGS1() {
        XCTAssertTrue(CheckDigits.gs1(bytes("0414 4176 0228 964"), data: 0..<14, check: 14))
        XCTAssertFalse(CheckDigits.gs1(bytes("5682 8361 0012 732"), data: 0..<14, check: 14))
        XCTAssertTrue(CheckDigits.gs1(bytes("9400111201080805483016"), data: 0..<21, check: 21))
        XCTAssertTrue(CheckDigits.gs1(bytes("71969010756003077385"), data: 0..<19, check: 19, prefix: (9, 1)))
        XCTAssertFalse(CheckDigits.gs1(bytes("71969010756003077385"), data: 0..<19, check: 19))
        XCTAssertTrue(CheckDigits.gs1(bytes("61299998820821171811"), data: 0..<19, check: 19, prefix: (9, 2)))
        XCTAssertTrue(CheckDigits.gs1(bytes("9611020987654312345672"), data: 7..<21, check: 21))
    }

    func testMod7() {
        for s in ["3318810025", "73891051146", "8487135506", "1099255990", "3821724944"] {
            XCTAssertTrue(CheckDigits.mod7(bytes(s)), s)
        }
        for s in ["3318810010", "3318810034", "3318810011"] { XCTAssertFalse(CheckDigits.mod7(bytes(s)), s) }
    }

    func testS10() {
        for s in ["RB123456785GB", "RB123456785US", "RB123456785CV"] { XCTAssertTrue(CheckDigits.s10(bytes(s)), s) }
        XCTAssertFalse(CheckDigits.s10(bytes("RB123456786US")))
    }

    func testMod37x36() {
        XCTAssertTrue(CheckDigits.mod37x36(bytes("00 81827 0998 0000 0200 33 350 276 C")))
        XCTAssertTrue(CheckDigits.mod37x36(bytes("0081 827 0998 0000 0200 45 327 276 N")))
        XCTAssertFalse(CheckDigits.mod37x36(bytes("008182709980000020033350276A")))
        XCTAssertFalse(CheckDigits.mod37x36(bytes("0081 827 0998 0000 0200 45 000 000 N")))
    }
}
