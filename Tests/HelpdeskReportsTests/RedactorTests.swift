import Foundation
import HelpdeskCore
import XCTest

@testable import HelpdeskReports

/// Each kind of mask, in English and Russian, and what must survive it.
final class RedactorTests: XCTestCase {
    private var redactor: Redactor?

    override func setUpWithError() throws {
        redactor = Redactor(knowledgeBase: try ReportFixture.get().knowledgeBase)
    }

    private func redact(_ text: String, _ context: RedactionContext = RedactionContext()) throws -> String {
        try XCTUnwrap(redactor).redact(text, context: context)
    }

    func testEveryPatternCompiles() throws {
        for pattern in [
            RedactionPatterns.email, RedactionPatterns.phoneCandidate, RedactionPatterns.streetAnyCase,
            RedactionPatterns.streetCapitalised, RedactionPatterns.streetRussian, RedactionPatterns.nameAfterIntroduction,
            RedactionPatterns.nameAfterPhrase, RedactionPatterns.signature, RedactionPatterns.signatureSeparator,
        ] {
            XCTAssertNoThrow(try NSRegularExpression(pattern: pattern), pattern)
        }
    }

    func testEmails() throws {
        let cases = [
            ("write to amelia.clarke+shop@example.co.uk please", "write to [email] please"),
            ("мой адрес иван.петров@почта.рф, ответьте", "мой адрес [email], ответьте"),
            ("my e-mail: JOHN_DOE@Example.COM.", "my e-mail: [email]."),
        ]
        for (text, expected) in cases { XCTAssertEqual(try redact(text), expected, text) }
    }

    func testPhoneNumbersInInternationalAndLocalForms() throws {
        let cases = [
            ("call me on +44 20 7946 0958 today", "call me on [phone] today"),
            ("my number is 020 7946 0958", "my number is [phone]"),
            ("mobile 07700 900123, evenings", "mobile [phone], evenings"),
            ("US: (555) 123-4567", "US: [phone]"),
            ("ring 07700900123", "ring [phone]"),
            ("позвоните +7 (912) 345-67-89", "позвоните [phone]"),
            ("мой телефон 8 912 345-67-89", "мой телефон [phone]"),
            ("тел. 89123456789", "тел. [phone]"),
            ("WhatsApp 0044 7700 900 123", "WhatsApp [phone]"),
        ]
        for (text, expected) in cases { XCTAssertEqual(try redact(text), expected, text) }
    }

    func testStreetAddresses() throws {
        let cases = [
            ("deliver to 221B Baker Street, London", "deliver to [address], London"),
            ("it went to 12 high st. instead", "it went to [address] instead"),
            ("new address: Flat 3, 45 Station Road", "new address: [address]"),
            ("send it to 4 Privet Drive please", "send it to [address] please"),
            ("I moved to 10 Abbey Close", "I moved to [address]"),
            ("1600 Pennsylvania Avenue", "[address]"),
            ("доставьте на ул. Ленина, д. 5, кв. 12 завтра", "доставьте на [address] завтра"),
            ("адрес: улица Тверская 7", "адрес: [address]"),
            ("проспект Мира, 10к2", "[address]"),
        ]
        for (text, expected) in cases { XCTAssertEqual(try redact(text), expected, text) }
    }

    func testNames() throws {
        let cases = [
            ("Hi, my name is Anna Petrova and my order is late", "Hi, my name is [name] and my order is late"),
            ("my name is john", "my name is [name]"),
            ("I'm Tom, where is my parcel?", "I'm [name], where is my parcel?"),
            ("Hello, this is Sarah Connor from Acme", "Hello, this is [name] from Acme"),
            ("Where is my order?\nThanks,\nJohn Smith", "Where is my order?\nThanks,\n[name]"),
            ("It has not arrived. Regards, Maria", "It has not arrived. Regards, [name]"),
            ("Help please\n--\nOlga Ivanova", "Help please\n--\n[name]"),
            ("Здравствуйте, меня зовут Анна Петрова, где заказ?", "Здравствуйте, меня зовут [name], где заказ?"),
            ("меня зовут иван", "меня зовут [name]"),
            ("Где посылка?\nС уважением,\nИван Петров", "Где посылка?\nС уважением,\n[name]"),
            ("Это Мария, жду заказ", "Это [name], жду заказ"),
        ]
        for (text, expected) in cases { XCTAssertEqual(try redact(text), expected, text) }
    }

    func testTheCustomersOwnNameIsMaskedWhereverItAppears() throws {
        let context = RedactionContext(customerNames: ["Amelia Clarke"])
        XCTAssertEqual(try redact("AMELIA CLARKE here, order still missing", context), "[name] here, order still missing")
        XCTAssertEqual(
            try redact("Dear Amelia, your order was dispatched. Mrs Clarke asked too.", context),
            "Dear [name], your order was dispatched. Mrs [name] asked too.")
        XCTAssertEqual(try redact("Ameliastraat is not a name", context), "Ameliastraat is not a name", "only whole words")
        let russian = RedactionContext(customerNames: ["Иван Петров"])
        XCTAssertEqual(try redact("Иван спрашивает про заказ", russian), "[name] спрашивает про заказ")
    }

    func testWordsThatOnlyLookLikeNamesStay() throws {
        for text in [
            "I'm waiting for my order", "I'm still waiting", "This is Amazon order 114-0149180-7966659",
            "this is ridiculous", "Thanks! Where is my order?", "I am Not happy", "это очень долго",
        ] {
            XCTAssertEqual(try redact(text), text)
        }
    }

    func testOrderAndTrackingNumbersDatesAndTimesSurvive() throws {
        for text in [
            "where is my order 114-0149180-7966659?", "eBay order 24-14934-88735 shows unshipped",
            "tracking AB123456785GB", "DPD parcel 15501234567890", "заказ № 1042 не пришёл", "order #1001 from Shopify",
            "dispatched on 2025-03-04 at 14:00", "доставка 04.03.2025 в 10:30", "allow up to 1 hour 30 minutes",
            "I ordered 1 000 000 beads",
            "Order 114-0149180-7966659 (Amazon) was dispatched at 14:00 on 27 November with Royal Mail. Tracking number: AB123456785GB.",
        ] {
            XCTAssertEqual(try redact(text), text)
        }
        // A number given as the order's is kept even where it would look like a phone number.
        let context = RedactionContext(keep: ["0770 0900 123"])
        XCTAssertEqual(
            try redact("my order 0770 0900 123, phone 020 7946 0958", context), "my order 0770 0900 123, phone [phone]")
    }

    func testEverythingAtOnce() throws {
        let text = """
            Hi, I'm Anna. Order 114-0149180-7966659 should go to 12 Baker Street, not my old flat.
            Call +44 7700 900123 or write to anna@example.com.
            Thanks,
            Anna Smith
            """
        let expected = """
            Hi, I'm [name]. Order 114-0149180-7966659 should go to [address], not my old flat.
            Call [phone] or write to [email].
            Thanks,
            [name]
            """
        XCTAssertEqual(try redact(text, RedactionContext(customerNames: ["Anna Smith"])), expected)
    }
}
