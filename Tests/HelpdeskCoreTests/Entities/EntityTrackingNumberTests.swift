import HelpdeskCore
import XCTest

/// Test numbers are the valid / invalid examples of jkeen/tracking_number_data `couriers/*.json`.
final class EntityTrackingNumberTests: XCTestCase {
    private func carriers(_ text: String) -> [String]? {
        EntityTestSupport.extract(text).trackingNumbers.first?.carriers
    }

    func testUPS() {
        for number in ["1Z5R89390357567127", "1Z879E930346834440", "1Z410E7W0392751591", "1Z8V92A70367203024"] {
            XCTAssertEqual(onlyExtractedTracking("my package \(number)")?.carriers, ["ups"], number)
            XCTAssertEqual(onlyExtractedTracking(number.lowercased())?.key, number, number)
        }
        XCTAssertEqual(onlyExtractedTracking("UPS 1Z 5R8 939 03 5756 7127")?.key, "1Z5R89390357567127")
        // A failing check digit is a typo: dropped, unless a tracking word says what it is.
        assertExtractedTracking("1Z5R89390357567128", [])
        assertExtractedTracking("1Z1111111111111111", [])
        XCTAssertEqual(onlyExtractedTracking("tracking 1Z5R89390357567128")?.carriers, [])
        XCTAssertEqual(onlyExtractedTracking("UPS 1Z5R89390357567128")?.carriers, [])
    }

    func testFedExExpress12() {
        for number in ["986578788855", "477179081230", "799531274483", "790535312317", "974367662710"] {
            XCTAssertEqual(onlyExtractedTracking("tracking number \(number)")?.carriers, ["fedex"], number)
            XCTAssertEqual(onlyExtractedTracking("fedex \(number)")?.carriers, ["fedex"], number)
        }
        XCTAssertEqual(onlyExtractedTracking("tracking number 996578788855")?.carriers, [])
    }

    func testFedExGround15AndFriends() {
        for text in ["0414 4176 0228 964", "5682 8361 0012 000", "568283610012734"] {
            XCTAssertEqual(onlyExtractedTracking(text)?.carriers, ["fedex"], text)
            assertExtractedOrders(text, [])
        }
        assertExtractedTracking("5682 8361 0012 732", [])
        XCTAssertEqual(onlyExtractedTracking("9611020987654312345672")?.carriers, ["fedex"])  // Ground 96 (22)
        assertExtractedTracking("9600000000000000000001", [])
        XCTAssertEqual(onlyExtractedTracking("00 0123 4500 0000 0027")?.carriers, ["fedex"])  // SSCC-18
        XCTAssertEqual(onlyExtractedTracking("1001921334250001000300779017972697")?.carriers, ["fedex"])  // Express 34
        XCTAssertEqual(onlyExtractedTracking("9622001900000000000000776632517510")?.carriers, ["fedex"])  // Ground GSN
        assertExtractedTracking("1001901781990001000300617767839438", [])
    }

    func testUSPS() {
        for text in [
            "9400 1112 0108 0805 4830 16", "9505 5110 6960 5048 6006 24", "9101 1234 5678 9000 0000 13",
            "92748931507708513018050063", "9361 2898 7870 0317 6337 95", "9405803699300124287899",
            "0307 1790 0005 2348 3741", "7196 9010 7560 0307 7385", "420 22153 9101026837331000039521",
            "4201002334249200190132607600833457",
        ] {
            XCTAssertTrue(onlyExtractedTracking(text)?.carriers.contains("usps") ?? false, text)
        }
        for text in ["9200000000000000000000", "420000000000000000000000000000", "4201028200009261290113185417468511"] {
            assertExtractedTracking(text, [])
        }
        // A 20-digit number that fails the USPS check but passes FedEx SmartPost's (implied 92).
        XCTAssertEqual(onlyExtractedTracking("0307 1790 0005 2348 3742")?.carriers, ["fedex"])
        // FedEx SmartPost 92… is delivered by USPS: both fit.
        XCTAssertEqual(onlyExtractedTracking("9261292700768711948021")?.carriers, ["fedex", "usps"])
    }

    func testS10RoyalMailRussianPostAndOtherPosts() {
        XCTAssertEqual(onlyExtractedTracking("Royal Mail RB123456785GB")?.carriers, ["royal-mail"])
        XCTAssertEqual(onlyExtractedTracking("rb123456785gb")?.carriers, ["royal-mail"])
        XCTAssertEqual(onlyExtractedTracking("трек-номер RA123456785RU")?.carriers, ["russian-post"])
        XCTAssertEqual(onlyExtractedTracking("RB123456785US")?.carriers, ["postal-s10"])
        XCTAssertEqual(onlyExtractedTracking("RB123456785CF")?.carriers, ["postal-s10"])
        assertExtractedTracking("RB123456786US", [])
        XCTAssertEqual(onlyExtractedTracking("трек RB123456786US")?.carriers, [])
    }

    func testDHL() {
        for number in ["3318810025", "73891051146", "8487135506", "1099255990", "3821724944", "3318810036", "3318810014"] {
            XCTAssertEqual(onlyExtractedTracking("DHL \(number)")?.carriers, ["dhl"], number)
            XCTAssertEqual(onlyExtractedTracking("tracking \(number)")?.carriers, ["dhl"], number)
        }
        for number in ["3318810010", "3318810034", "3318810011"] {
            XCTAssertEqual(onlyExtractedTracking("tracking \(number)")?.carriers, [], number)
        }
        // Mod 7 passes by chance too often to claim a bare 10-digit number, unless a carrier is named.
        assertExtractedTracking("3318810025", [])
        XCTAssertEqual(onlyExtractedTracking("The parcel 3318810025 went with DHL")?.carriers, ["dhl"])
        assertExtractedTracking("The parcel 3318810010 went with DHL", [])
        XCTAssertEqual(onlyExtractedTracking("JJD0099999999")?.carriers, ["dhl"])
        XCTAssertEqual(onlyExtractedTracking("JVGL0999999990")?.carriers, ["dhl"])
        assertExtractedTracking("XJD0099999998", [])
        XCTAssertEqual(onlyExtractedTracking("GM2951173225174494")?.carriers, ["dhl"])
    }

    func testDPD() {
        XCTAssertEqual(onlyExtractedTracking("DPD 12345678901234")?.carriers, ["dpd"])
        XCTAssertEqual(onlyExtractedTracking("tracking 12345678901234")?.carriers, ["dpd"])
        XCTAssertEqual(onlyExtractedTracking("00 81827 0998 0000 0200 33 350 276 C")?.carriers, ["dpd"])
        XCTAssertEqual(onlyExtractedTracking("0081 827 0998 0000 0200 45 327 276 N")?.carriers, ["dpd"])
        assertExtractedTracking("008182709980000020033350276A", [])
        // 14 bare digits have no check digit: an order number unless a tracking word says otherwise.
        assertExtractedTracking("12345678901234", [])
    }

    func testYodelAmazonLogisticsEvri() {
        for number in ["JJD0002257639032011", "JJD0002255380054291", "JD0002242617644732", "JD0002254405060992"] {
            XCTAssertEqual(onlyExtractedTracking(number)?.carriers, ["yodel"], number)
        }
        assertExtractedTracking("JD000225440506099", [])
        assertExtractedTracking("JC0002254405060992", [])
        for number in ["TBA000000000000", "TBA010000000000", "TBA502887274000", "tba502887274000"] {
            XCTAssertEqual(onlyExtractedTracking(number)?.carriers, ["amazon-logistics"], number)
        }
        assertExtractedTracking("TBA50288727400A", [])
        assertExtractedTracking("TBB000000000000", [])
        XCTAssertEqual(onlyExtractedTracking("evri H01HYA0006546921")?.carriers, ["evri"])
    }

    func testTrackingWordDecidesForPureDigits() {
        // Same digits: after "order" an order number, after "tracking" a tracking number.
        assertExtractedOrders("order 799531274483", ["799531274483"])
        assertExtractedTracking("order 799531274483", [])
        assertExtractedTracking("tracking 799531274483", ["799531274483"])
        assertExtractedOrders("tracking 799531274483", [])
        assertExtractedTracking("tracking number for my order is 12345678", [])  // nearest word: order
        assertExtractedTracking("трек-номер 799531274483", ["799531274483"])
        assertExtractedTracking("номер для отслеживания 799531274483", ["799531274483"])
        // No word: a channel shape wins (12 digits is eBay's), else a confirming check digit.
        assertExtractedOrders("799531274483", ["799531274483"])
        assertExtractedTracking("0414 4176 0228 964", ["041441760228964"])
    }

    func testParcelWordTakesConfirmedTrackingNumbers() {
        assertExtractedTracking("my parcel 041441760228964", ["041441760228964"])
        assertExtractedOrders("my parcel 041441760228964", [])
        assertExtractedOrders("my parcel 041441760228965", ["041441760228965"])
    }

    func testTrackingTextAndKeyStripSpaces() {
        let mention = onlyExtractedTracking("tracking 1Z 5R8 939 03 5756 7127 thanks")
        XCTAssertEqual(mention?.text, "1Z 5R8 939 03 5756 7127")
        XCTAssertEqual(mention?.key, "1Z5R89390357567127")
    }

    func testSeveralTrackingNumbersInOrderWithoutDuplicates() {
        assertExtractedTracking(
            "1Z5R89390357567127 and RB123456785GB and again 1z5r89390357567127",
            ["1Z5R89390357567127", "RB123456785GB"])
    }
}
