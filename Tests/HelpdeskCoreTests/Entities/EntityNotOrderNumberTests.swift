import HelpdeskCore
import XCTest

/// Numbers that look like order numbers but are not: precision matters more than recall here.
final class EntityNotOrderNumberTests: XCTestCase {
    func testInvoicesAndBills() {
        for text in [
            "can you help me giving a quick look at invoice #37777?", "where to check thee bill #00108?",
            "I do not know what I have to do to see my invoice #85632", "download bill #37777",
            "invoice number 12345678", "invoice no. 12345678", "my payment receipt 12345678",
            "счёт №12345678", "счет 12345678", "номер счета 12345678", "квитанция 12345678", "00108 is my invoice",
            "check invoice from 10 purchases ago", "where to get the biull #85632", "invoce #85632",
        ] {
            assertExtractedOrders(text, [])
            assertExtractedTracking(text, [])
        }
    }

    func testBillTyposNeedAnExtraLetterNotAChangedOne() {
        assertExtractedOrders("I will #1001 check", ["1001"])
    }

    func testInvoiceBeforeOrderDoesNotHideTheOrder() {
        assertExtractedOrders("invoice #00108 for order #1001", ["1001"])
    }

    func testMoney() {
        for text in [
            "i paid $1499 for this item help getting a compensation", "rebating 1499 dollars", "refunding$1499",
            "I am waiting for a refund of 350 dollars", "оплатил 1200 руб", "заказ на 1200 руб", "заказ на 15000р",
            "€20 too much", "£5 fee", "it cost 12345678", "order for $12345678", "1499$ for order",
            "order total 99999", "I paid 1,499.00 for order", "заказ на сумму 150000", "1200 ₽ за заказ",
        ] {
            assertExtractedOrders(text, [])
        }
    }

    func testMoneySignBelongsToTheNumberItTouches() {
        assertExtractedOrders("order 12345678 $50", ["12345678"])
    }

    func testPhoneNumbers() {
        for text in [
            "call me on +44 20 7946 0958", "8 800 555-35-35", "(555) 123-4567", "my number is 07700 900123",
            "phone number 07946095812", "мой телефон 89161234567", "позвоните 89161234567", "+79161234567",
            "call 555-123-4567", "07946095812", "my number is 89161234567", "tel. 12345678",
        ] {
            assertExtractedOrders(text, [])
            assertExtractedTracking(text, [])
        }
    }

    func testDatesAndTimes() {
        for text in [
            "ordered on 2024-01-15", "order placed 15.01.2024 at 10:30", "on 01/15/2024", "20240115",
            "delivered 12.05.2023", "order from 2023-12-01",
        ] {
            assertExtractedOrders(text, [])
        }
    }

    func testPostcodesAndOtherIdentifiers() {
        for text in [
            "zip 90210", "индекс 101000", "postcode SW1A 1AA", "my account 12345678", "card 4111111111111111",
            "item 123456789012", "ticket 12345678", "ZIP 90210-1234",
        ] {
            assertExtractedOrders(text, [])
        }
    }

    func testNumbersInsideEmailsAreNotOrders() {
        assertExtractedOrders("write to john12345678@example.com", [])
    }

    func testTrackingNumbersAreNotOrders() {
        for text in [
            "tracking 1Z5R89390357567127", "my parcel RB123456785GB", "track 3318810025",
            "трек-номер RA123456785RU", "трек 12345678901234",
        ] {
            assertExtractedOrders(text, [])
        }
    }
}
