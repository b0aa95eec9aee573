/// The regular expressions (ICU syntax) that find personal data to mask.
enum RedactionPatterns {
    /// A letter or digit must not touch a match on this side.
    private static let notAfterWord = #"(?<![\p{L}\p{N}])"#
    private static let notBeforeWord = #"(?![\p{L}\p{N}])"#

    static let email = #"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}"#

    /// Something shaped like a phone number: digits with spaces, dots, dashes or brackets between,
    /// maybe led by `+` or `00`; ``PhoneShape`` decides.
    static let phoneCandidate = notAfterWord + #"(?<![#/])(?:\+|00)?[ \t]?\(?\d[\d \t().\-]{4,24}\d"# + notBeforeWord

    /// A street word, or a capitalised word of a street's name.
    private static let nameWord = #"[\p{L}][\p{L}'’.\-]*"#
    private static let capitalWord = #"\p{Lu}[\p{L}'’.\-]*"#
    /// `12`, `221B`, `5th`, `12-14`, `3/1`, with an optional flat before it.
    private static let houseNumber =
        #"(?:(?i:flat|apt\.?|apartment|unit)[ \t]*\d+[A-Za-z]?,?[ \t]+)?\d{1,5}(?:[A-Za-z]|st|nd|rd|th)?(?:[\-/]\d{1,4}[A-Za-z]?)?,?"#

    /// `12 Baker Street`, `12 high st.`: words that can only be streets, whatever the case.
    static let streetAnyCase =
        notAfterWord + houseNumber + #"(?:[ \t]+"# + nameWord
        + #"){1,4}?[ \t]+(?i:street|st\.?|road|rd\.?|avenue|ave\.?|lane|ln\.?|boulevard|blvd\.?|crescent|terrace|drive|highway)"#
        + notBeforeWord + #"\.?"#

    /// `4 Privet Drive`, `10 Abbey Road`, `7 Station Way`: capitalised names, words that are also
    /// everyday words (way, place, close…).
    static let streetCapitalised =
        notAfterWord + houseNumber + #"(?:[ \t]+"# + capitalWord
        + #"){1,4}?[ \t]+(?:Way|Place|Pl\.?|Court|Ct\.?|Close|Row|Mews|Hill|Grove|Square|Sq\.?|Gardens|Parkway|Walk|Park)"#
        + notBeforeWord + #"\.?"#

    /// `ул. Ленина, д. 5, кв. 12`, `улица Тверская 7`, `проспект Мира, 10к2`.
    static let streetRussian =
        notAfterWord
        + #"(?i:улица|ул\.|проспект|просп\.|пр-т|переулок|пер\.|шоссе|бульвар|б-р|набережная|наб\.|площадь|пл\.)[ \t]*"#
        + #"[\p{L}\d .\-]{1,40}?,?[ \t]*(?:(?i:дом|д\.)[ \t]*)?\d{1,4}[а-яА-Я]?"#
        + #"(?:[ \t]*,?[ \t]*(?i:корпус|корп\.|к\.?|строение|стр\.)[ \t]*\d+)?"#
        + #"(?:[ \t]*,?[ \t]*(?i:квартира|кв\.)[ \t]*\d+)?"# + notBeforeWord

    /// A name after words that always introduce one; the name may be lower-case (group 1).
    static let nameAfterIntroduction =
        notAfterWord + #"(?i:my name is|my name's|my name’s|меня зовут|моё имя|мое имя|name:|имя:)[ \t]*"#
        + #"(\p{L}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2})"#

    /// Lower-case words one of which a text must hold for ``nameAfterIntroduction`` to match.
    static let introductionTriggers = ["my name", "меня зовут", "моё имя", "мое имя", "name:", "имя:"]

    /// A capitalised name after words that often introduce one (group 1).
    static let nameAfterPhrase =
        notAfterWord + #"(?i:i am|i'm|i’m|this is|это|с вами говорит)[ \t]+"#
        + #"(\p{Lu}[\p{L}'’\-]+(?:[ \t]+\p{Lu}[\p{L}'’\-]+){0,2})"#

    /// Lower-case words one of which a text must hold for ``nameAfterPhrase`` to match.
    static let phraseTriggers = ["i am", "i'm", "i’m", "this is", "это", "с вами говорит"]

    /// Lower-case words one of which a text must hold for ``signature`` to match.
    static let signOffTriggers = [
        "thank", "regards", "best", "cheers", "sincerely", "yours", "с уважением", "спасибо", "всего доброго", "всего хорошего",
    ]

    /// A signature: a name alone at the end of a line after a sign-off (group 1).
    static let signature =
        #"(?m)(?:^|(?<=[.!?]))[ \t]*(?i:thanks|thank you|many thanks|regards|best regards|kind regards|warm regards|best wishes|best|cheers|sincerely|yours|с уважением|спасибо|заранее спасибо|всего доброго|всего хорошего)[ \t]*[,!.]?(?:[ \t]*\r?\n[ \t]*|[ \t]+)"#
        + #"(\p{Lu}[\p{L}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){0,2})[ \t]*[.!]?[ \t]*$"#

    /// A name under a `--` signature separator (group 1).
    static let signatureSeparator = #"(?m)^--[ \t]*\r?\n[ \t]*(\p{Lu}[\p{L}'’.\-]*(?:[ \t]+\p{Lu}[\p{L}'’.\-]*){0,2})[ \t]*$"#
}
