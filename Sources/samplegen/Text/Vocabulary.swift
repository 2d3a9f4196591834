/// Words the simulated teams write their issues with, per team (Payments, Onboarding, Claims).
enum Vocabulary {
    /// Things each team's stories are about.
    static let features: [[String]] = [
        [
            "monthly premium breakdown", "SEPA direct debit mandate", "refund of overpaid premiums",
            "quote PDF with tariff details", "card payment via Adyen", "dunning letters", "family discount",
            "annual vs. monthly billing", "premium calculator for orthodontics", "invoice history",
            "payment method change", "quote expiry reminder",
        ],
        [
            "sign-up wizard", "identity check with video ident", "welcome e-mail series", "referral programme",
            "landing page for \"Zahn Plus\"", "consent management", "address autocomplete", "newsletter double opt-in",
            "campaign tracking", "first-login tour", "waiting-period explainer", "partner sign-up link",
        ],
        [
            "claim submission", "dentist appointment booking", "treatment plan upload", "claim status timeline",
            "cost estimate review", "document inbox", "reimbursement to IBAN", "dentist search by postcode",
            "appointment reminders", "claims for children", "photo upload of invoices", "OCR of invoices",
        ],
    ]

    static let storyActions = [
        "show", "let customers edit", "add", "support", "simplify", "redesign", "export", "validate",
        "localise", "track",
    ]

    static let personas = ["policyholder", "new customer", "dentist", "claims handler", "call-centre agent", "parent"]

    static let benefits = [
        "I don't have to call the hotline", "I understand what I pay for", "fewer claims are rejected",
        "we meet BaFin requirements", "sign-up takes under five minutes", "I can plan my treatment",
        "support gets fewer tickets",
    ]

    static let symptoms = [
        "shows 0,00 € instead of the premium", "times out after 30 s", "crashes on Android 14",
        "sends the e-mail twice", "rounds cents the wrong way", "loses the draft", "returns HTTP 500",
        "shows the English text in German", "accepts an invalid IBAN", "is not readable with a screen reader",
        "shows yesterday's status", "double-charges the first premium",
    ]

    static let conditions = [
        "the customer has two policies", "the postcode starts with 0", "the session expires",
        "the name contains an apostrophe (O'Neill)", "Safari is in private mode", "the file is over 10 MB",
        "the birthday is 29 February", "the user switches language", "the payment provider is slow",
    ]

    static let libraries = [
        "Spring Boot", "React", "Kotlin", "PostgreSQL driver", "Terraform AWS provider", "Node.js", "Jackson",
        "OpenSSL", "log4j", "Next.js",
    ]

    static let services = [
        "pricing-service", "billing-api", "quote-ui", "identity-service", "onboarding-web", "claims-api",
        "document-store", "appointment-service", "notification-service",
    ]

    static let chores = [
        "Rotate API keys for %@", "Add dashboards for %@", "Move %@ to the new cluster", "Write runbook for %@",
        "Clean up feature flags in %@", "Set up alerts for %@", "Load-test %@",
    ]

    static let debts = [
        "Remove dead code from %@", "Split the %@ monolith module", "Replace hand-written SQL in %@",
        "Migrate %@ to structured logging", "Raise test coverage of %@ to 80 %", "Delete the v1 endpoints of %@",
    ]

    static let epics: [[String]] = [
        [
            "Quote flow 2.0", "PSD2 strong customer authentication", "Billing platform migration",
            "Premium adjustments 2027", "Payment provider failover",
        ],
        [
            "Self-service sign-up", "Referral campaign autumn", "Identity verification rework",
            "Onboarding analytics", "Partner channel",
        ],
        [
            "Digital claims", "Appointment booking", "Invoice OCR", "Claims transparency", "Document inbox",
        ],
    ]

    static let commentBodies = [
        "Moved to QA, please check on staging.",
        "Blocked by the \"pricing-service\" deploy, waiting for ops.",
        "Reviewed, two nits:\n- rename the variable\n- add a test for the empty case",
        "Can we ship this without the PDF part? The rest is ready.",
        "Customer called again, this is urgent for them.",
        "Reproduced on staging with the data from the ticket, thanks!",
        "Looks good to me 👍",
        "Discussed in refinement: split into two stories, this one keeps the API part.",
        "@Jonas can you have a look, I think it's related to the cache.",
        "Tested on iOS 17, Android 14 and Chrome; all fine.",
        "Not reproducible any more after the hotfix, closing?",
        "Legal says the text must say \"Beitrag\" not \"Prämie\".",
    ]

    static let environments = [
        "Production", "Staging", "Production, iOS 17.4", "Production; Android 14, Samsung S23",
        "Chrome 131 on Windows 11", "Safari 17 (private mode)",
    ]
}
