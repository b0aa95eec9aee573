import HelpdeskCore

/// The words of the FAQ site and exports, per language.
struct FAQStrings: Sendable {
    var languageName: String
    var siteTitle: String
    var heroTitle: String
    var heroText: String
    var searchLabel: String
    var searchPlaceholder: String
    /// `{shown}` and `{total}` are replaced by the page's script.
    var searchCount: String
    var noMatches: String
    var allQuestions: String
    var shortAnswer: String
    var updated: String
    var related: String
    var topics: String
    var chooseLanguage: String
    var footer: String
    var topicNames: [FAQTopic: String]
    var status: StatusWords

    /// The status banner's words.
    struct StatusWords: Sendable {
        var title: String
        var unknown: String
        var asOf: String
        var stale: String
        var since: String
        var affected: String
        /// An incident is open though every component is operational.
        var investigating: String
        var states: [ComponentStatus: String]
    }

    static func `for`(_ language: Language) -> FAQStrings {
        switch language {
        case .en: english
        case .ru: russian
        }
    }

    static let english = FAQStrings(
        languageName: "English",
        siteTitle: "Help centre",
        heroTitle: "How can we help?",
        heroText: "Answers to the questions sellers and shoppers ask most about orders, syncing channels and deliveries.",
        searchLabel: "Search the questions",
        searchPlaceholder: "Search the questions",
        searchCount: "Showing {shown} of {total} questions",
        noMatches: "No question matches your search. Try other words, or see “How can I talk to a person?”.",
        allQuestions: "All questions",
        shortAnswer: "Short answer",
        updated: "Updated",
        related: "Related questions",
        topics: "Topics",
        chooseLanguage: "Choose your language",
        footer: "Answers come from the help desk’s knowledge base; times quoted are current as of the date shown.",
        topicNames: [
            .orders: "Orders and delivery", .sync: "Channels and syncing",
            .service: "Service status and your account", .support: "Billing and support",
        ],
        status: StatusWords(
            title: "Service status", unknown: "The current service status is not available.", asOf: "as of",
            stale: "This status may be out of date.", since: "since", affected: "Affected", investigating: "We are looking into a problem",
            states: [
                .operational: "All systems operational", .underMaintenance: "Scheduled maintenance in progress",
                .degradedPerformance: "Some services are running slowly", .partialOutage: "Some services are unavailable",
                .majorOutage: "Major outage: we are working on it",
            ]))

    static let russian = FAQStrings(
        languageName: "Русский",
        siteTitle: "Справочный центр",
        heroTitle: "Чем мы можем помочь?",
        heroText: "Ответы на вопросы, которые продавцы и покупатели чаще всего задают о заказах, синхронизации каналов и доставке.",
        searchLabel: "Поиск по вопросам",
        searchPlaceholder: "Поиск по вопросам",
        searchCount: "Показано {shown} из {total}",
        noMatches: "Ни один вопрос не подходит. Попробуйте другие слова или откройте «Как связаться со службой поддержки».",
        allQuestions: "Все вопросы",
        shortAnswer: "Коротко",
        updated: "Обновлено",
        related: "Связанные вопросы",
        topics: "Темы",
        chooseLanguage: "Выберите язык",
        footer: "Ответы взяты из базы знаний службы поддержки; указанные сроки действительны на дату обновления.",
        topicNames: [
            .orders: "Заказы и доставка", .sync: "Каналы и синхронизация",
            .service: "Статус сервиса и аккаунт", .support: "Оплата и поддержка",
        ],
        status: StatusWords(
            title: "Статус сервиса", unknown: "Текущий статус сервиса недоступен.", asOf: "по состоянию на",
            stale: "Этот статус может быть устаревшим.", since: "с", affected: "Затронуто", investigating: "Мы разбираемся с проблемой",
            states: [
                .operational: "Все системы работают штатно", .underMaintenance: "Идут плановые работы",
                .degradedPerformance: "Некоторые сервисы работают медленнее обычного", .partialOutage: "Часть сервисов недоступна",
                .majorOutage: "Крупный сбой: мы уже работаем над ним",
            ]))
}
