import HelpdeskCore
import XCTest

final class EntityEmailTests: XCTestCase {
    private func emails(_ text: String) -> [String] { EntityTestSupport.extract(text).emails }

    func testAddressesLowerCasedWithoutSentencePunctuation() {
        XCTAssertEqual(emails("my email is John.Smith+shop@Example.co.uk."), ["john.smith+shop@example.co.uk"])
        XCTAssertEqual(emails("(anna_k@mail.ru), thanks"), ["anna_k@mail.ru"])
        XCTAssertEqual(emails("mailto:a.b@c-d.com!"), ["a.b@c-d.com"])
        XCTAssertEqual(emails("почта: Ivan@Yandex.RU, спасибо"), ["ivan@yandex.ru"])
        XCTAssertEqual(emails("'x@y.org'"), ["x@y.org"])
    }

    func testSeveralInOrderWithoutDuplicates() {
        XCTAssertEqual(emails("b@x.com or a@x.com or B@X.com"), ["b@x.com", "a@x.com"])
    }

    func testNotAddresses() {
        for text in ["@channel hi", "me@localhost", "a@b.c", "a@.com", "a@b..com", "foo @ bar.com", "user@site.123"] {
            XCTAssertEqual(emails(text), [], text)
        }
    }

    func testNamesAndNumbersInsideAddressesAreIgnored() {
        let entities = EntityTestSupport.extract("reply to seller12345678@ebay.com")
        XCTAssertEqual(entities.emails, ["seller12345678@ebay.com"])
        XCTAssertEqual(entities.orderNumbers, [])
        XCTAssertEqual(entities.channels, [])
    }
}
