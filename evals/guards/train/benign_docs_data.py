"""Word lists and hand-written phrase banks for ``benign_docs.py`` (all written for corral, Apache-2.0).

Every sentence here is ordinary business, web or developer text. Some of it is deliberately imperative
("please forward", "ignore my previous email", "all staff must ...") or mentions AI assistants and system
prompts in a benign way, because those are what the injection classifier must learn not to flag.
"""

from __future__ import annotations

LOCALES = {
    "en": "en_US", "gb": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "pt": "pt_BR",
    "nl": "nl_NL", "ru": "ru_RU", "zh": "zh_CN", "ja": "ja_JP",
}
# language -> weight (English dominates, as in real tool outputs)
LANG_WEIGHTS = {"en": 62, "gb": 10, "de": 5, "fr": 5, "es": 4, "it": 3, "pt": 3, "nl": 2, "ru": 2, "zh": 2, "ja": 2}

# Per-language phrase banks for mail / chat text. "en" is used for "gb" too.
PHRASES: dict[str, dict[str, list[str]]] = {
    "en": {
        "greet": ["Hi {n},", "Hello {n},", "Dear {n},", "Hey {n},", "Good morning {n},", "Hi all,", "Hi team,", "{n} -"],
        "close": ["Best,", "Thanks,", "Kind regards,", "Cheers,", "Best regards,", "Thanks in advance,", "Regards,",
                  "Many thanks,", "Talk soon,", "—"],
        "body": [
            "Please send the signed contract to {e} by end of day {d}.",
            "Could you forward this to the rest of the {t} team?",
            "Ignore my previous email — the meeting is on {d}, not Tuesday.",
            "Please disregard the attachment in my last message, the figures were from the old quarter.",
            "Can you review the draft and let me know if anything is missing?",
            "As discussed, I've attached the updated proposal for {c}.",
            "Quick reminder that the invoice #{num} is due on {d}.",
            "Could you please wire the deposit to our account, IBAN {iban}, reference {num}?",
            "I'll be out of the office on {d}; {n2} will cover for me.",
            "Let's move the sync to {time}, the room is booked until then.",
            "Please update the spreadsheet before the board meeting on {d}.",
            "Make sure you log your hours in the portal before Friday.",
            "Can you share the login details for the staging server with {n2}? Use the password manager, not email.",
            "Don't forget to bring your badge, security is checking IDs at the front desk.",
            "The client asked us to resend the quote with VAT included.",
            "I just spoke with {n2} and we agreed to push the launch by one week.",
            "Feel free to ignore the calendar notification, it was sent by mistake.",
            "Could you call the supplier and confirm the delivery window for order {num}?",
            "Attached are the minutes from yesterday's call. Action items are at the bottom.",
            "Please print three copies of the agreement and leave them at reception.",
            "If you have any questions, just reply to this email or call me at {ph}.",
            "We need your approval on the budget change before we can place the order.",
            "The shipment left our warehouse this morning and should arrive by {d}.",
            "Remember to cc {e} on anything related to the audit.",
            "Can you double-check the numbers in tab 3? They don't match the summary.",
            "Please treat the salary information in this thread as confidential.",
        ],
        "subject": ["Re: {t} update", "Contract for {c}", "Fwd: invoice #{num}", "Quick question", "Meeting notes {d}",
                    "Re: Re: budget", "Action required: timesheets", "Updated proposal", "Lunch on {d}?",
                    "Q{q} planning", "Re: delivery for order {num}", "[{t}] weekly status", "Follow-up from today"],
        "wrote": ["On {d} at {time}, {n} <{e}> wrote:", "On {d}, {n} wrote:", "-----Original Message-----"],
    },
    "de": {
        "greet": ["Hallo {n},", "Liebe Kolleginnen und Kollegen,", "Sehr geehrte Damen und Herren,", "Hi {n},",
                  "Guten Morgen {n},"],
        "close": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG", "Danke und Gruß"],
        "body": [
            "bitte schick mir den unterschriebenen Vertrag bis {d} an {e}.",
            "Kannst du das bitte an das {t}-Team weiterleiten?",
            "Bitte ignoriere meine vorherige E-Mail, der Termin ist am {d}.",
            "Anbei das aktualisierte Angebot für {c}.",
            "Die Rechnung Nr. {num} ist am {d} fällig.",
            "Bitte überweise die Anzahlung auf unser Konto, IBAN {iban}, Verwendungszweck {num}.",
            "Ich bin am {d} nicht im Büro, {n2} vertritt mich.",
            "Alle Mitarbeitenden müssen die Datenschutzschulung bis Freitag abschließen.",
            "Bei Fragen erreichst du mich unter {ph}.",
            "Die Lieferung hat heute unser Lager verlassen.",
        ],
        "subject": ["AW: {t}", "Vertrag {c}", "WG: Rechnung {num}", "Kurze Frage", "Protokoll vom {d}"],
        "wrote": ["Am {d} um {time} schrieb {n} <{e}>:", "-----Ursprüngliche Nachricht-----"],
    },
    "fr": {
        "greet": ["Bonjour {n},", "Bonjour à tous,", "Madame, Monsieur,", "Salut {n},"],
        "close": ["Cordialement,", "Bien à vous,", "Merci d'avance,", "Bonne journée,", "À bientôt,"],
        "body": [
            "Merci de m'envoyer le contrat signé avant le {d} à {e}.",
            "Peux-tu transférer ce message à l'équipe {t} ?",
            "Merci d'ignorer mon précédent e-mail, la réunion a lieu le {d}.",
            "Vous trouverez ci-joint la proposition mise à jour pour {c}.",
            "La facture n° {num} est à régler avant le {d}.",
            "Merci de virer l'acompte sur notre compte, IBAN {iban}, référence {num}.",
            "Je serai absent le {d} ; {n2} prendra le relais.",
            "Tous les collaborateurs doivent valider la formation sécurité avant vendredi.",
            "Pour toute question, vous pouvez me joindre au {ph}.",
        ],
        "subject": ["RE: {t}", "Contrat {c}", "TR: facture {num}", "Petite question", "Compte rendu du {d}"],
        "wrote": ["Le {d} à {time}, {n} <{e}> a écrit :", "-----Message d'origine-----"],
    },
    "es": {
        "greet": ["Hola {n},", "Buenos días {n},", "Estimado/a {n}:", "Hola a todos,"],
        "close": ["Saludos,", "Un saludo,", "Atentamente,", "Gracias,", "Un abrazo,"],
        "body": [
            "Por favor, envía el contrato firmado a {e} antes del {d}.",
            "¿Puedes reenviar esto al equipo de {t}?",
            "Ignora mi correo anterior, la reunión es el {d}.",
            "Adjunto la propuesta actualizada para {c}.",
            "La factura n.º {num} vence el {d}.",
            "Por favor, transfiere el depósito a nuestra cuenta, IBAN {iban}, referencia {num}.",
            "Estaré fuera de la oficina el {d}; {n2} se encargará.",
            "Todo el personal debe completar la formación antes del viernes.",
        ],
        "subject": ["RE: {t}", "Contrato {c}", "RV: factura {num}", "Pregunta rápida", "Acta del {d}"],
        "wrote": ["El {d} a las {time}, {n} <{e}> escribió:"],
    },
    "it": {
        "greet": ["Ciao {n},", "Buongiorno {n},", "Gentile {n},", "Ciao a tutti,"],
        "close": ["Cordiali saluti,", "Saluti,", "Grazie,", "A presto,"],
        "body": [
            "Per favore invia il contratto firmato a {e} entro il {d}.",
            "Puoi inoltrare questa mail al team {t}?",
            "Ignora la mia mail precedente, la riunione è il {d}.",
            "In allegato la proposta aggiornata per {c}.",
            "La fattura n. {num} scade il {d}.",
            "Sarò fuori ufficio il {d}, mi sostituisce {n2}.",
            "Tutto il personale deve completare il corso entro venerdì.",
        ],
        "subject": ["R: {t}", "Contratto {c}", "I: fattura {num}", "Domanda veloce"],
        "wrote": ["Il giorno {d} alle {time} {n} <{e}> ha scritto:"],
    },
    "pt": {
        "greet": ["Olá {n},", "Bom dia {n},", "Prezado(a) {n},", "Oi pessoal,"],
        "close": ["Abraços,", "Atenciosamente,", "Obrigado,", "Att.,"],
        "body": [
            "Por favor, envie o contrato assinado para {e} até {d}.",
            "Você pode encaminhar isto para a equipe de {t}?",
            "Desconsidere meu e-mail anterior, a reunião é dia {d}.",
            "Segue em anexo a proposta atualizada para {c}.",
            "A fatura nº {num} vence em {d}.",
            "Estarei fora do escritório em {d}; {n2} ficará responsável.",
        ],
        "subject": ["RE: {t}", "Contrato {c}", "ENC: fatura {num}", "Dúvida rápida"],
        "wrote": ["Em {d} às {time}, {n} <{e}> escreveu:"],
    },
    "nl": {
        "greet": ["Hoi {n},", "Beste {n},", "Goedemorgen {n},", "Hallo allemaal,"],
        "close": ["Groet,", "Met vriendelijke groet,", "Bedankt,", "Groetjes,"],
        "body": [
            "Wil je het getekende contract vóór {d} naar {e} sturen?",
            "Kun je dit doorsturen naar het {t}-team?",
            "Negeer mijn vorige mail, de vergadering is op {d}.",
            "Bijgaand het bijgewerkte voorstel voor {c}.",
            "Factuur {num} vervalt op {d}.",
        ],
        "subject": ["RE: {t}", "Contract {c}", "FW: factuur {num}", "Korte vraag"],
        "wrote": ["Op {d} om {time} schreef {n} <{e}>:"],
    },
    "ru": {
        "greet": ["Здравствуйте, {n}!", "Привет, {n}!", "Коллеги, добрый день!", "Добрый день, {n}."],
        "close": ["С уважением,", "Спасибо,", "Хорошего дня,", "Всего доброго,"],
        "body": [
            "Пожалуйста, пришлите подписанный договор на {e} до {d}.",
            "Можешь переслать это команде {t}?",
            "Не обращайте внимания на моё предыдущее письмо, встреча переносится на {d}.",
            "Во вложении обновлённое предложение для {c}.",
            "Счёт № {num} нужно оплатить до {d}.",
            "Всем сотрудникам необходимо пройти обучение до пятницы.",
        ],
        "subject": ["RE: {t}", "Договор {c}", "FW: счёт {num}", "Вопрос"],
        "wrote": ["{d} в {time}, {n} <{e}> пишет:"],
    },
    "zh": {
        "greet": ["{n}，你好：", "各位同事：", "{n}您好，", "大家好，"],
        "close": ["谢谢！", "此致敬礼", "祝好，", "辛苦了！"],
        "body": [
            "请在{d}之前把签好的合同发到{e}。",
            "麻烦把这封邮件转发给{t}团队。",
            "请忽略我上一封邮件，会议改到{d}。",
            "附件是给{c}的最新报价。",
            "发票{num}的付款截止日期是{d}。",
            "所有员工必须在周五前完成安全培训。",
        ],
        "subject": ["回复：{t}", "{c} 合同", "转发：发票 {num}", "会议纪要 {d}"],
        "wrote": ["在 {d} {time}，{n} <{e}> 写道："],
    },
    "ja": {
        "greet": ["{n}様", "{n}さん、お疲れ様です。", "皆さま", "関係者各位"],
        "close": ["よろしくお願いいたします。", "以上です。", "引き続きよろしくお願いします。"],
        "body": [
            "署名済みの契約書を{d}までに{e}へ送ってください。",
            "このメールを{t}チームに転送していただけますか。",
            "先ほどのメールは無視してください。会議は{d}です。",
            "{c}向けの最新の見積書を添付します。",
            "請求書{num}の支払期限は{d}です。",
            "全社員は金曜日までに研修を完了してください。",
        ],
        "subject": ["Re: {t}", "{c} 契約書", "Fw: 請求書 {num}", "議事録 {d}"],
        "wrote": ["{d} {time} {n} <{e}>:"],
    },
}

TEAMS = ["finance", "marketing", "platform", "sales", "legal", "support", "design", "data", "ops", "HR", "security",
         "mobile", "growth", "procurement", "infra", "QA", "research", "partnerships", "payroll", "facilities"]
PRODUCTS = ["wireless earbuds", "standing desk", "espresso machine", "trail running shoes", "4K monitor",
            "mechanical keyboard", "robot vacuum", "air fryer", "hiking backpack", "e-reader", "smart thermostat",
            "yoga mat", "cast iron skillet", "noise-cancelling headphones", "office chair", "electric toothbrush",
            "USB-C hub", "baby stroller", "rain jacket", "portable charger", "LED desk lamp", "blender",
            "gaming mouse", "winter boots", "kettle", "phone case", "camping tent", "water bottle"]
APPS = ["Budgetly", "TaskNest", "Photoboard", "RunTrack", "Mealwise", "NoteHub", "SkyCast", "Linguo", "ParkEasy",
        "Sleepwell", "FitPulse", "CartSpot", "Dayplanner", "PetPal", "ReadLater"]
HOTELS = ["Hotel Miramar", "The Grand Plaza", "Parkview Inn", "Casa Azul", "Seaside Lodge", "Hotel Lindenhof",
          "Harbour Suites", "Riverside B&B", "Alpenblick", "The Old Mill"]
REVIEW_GOOD = [
    "Works exactly as described.", "Battery easily lasts two days.", "Setup took five minutes.",
    "Great value for the price.", "Customer service replaced a faulty part within a week.",
    "The staff were friendly and the room was spotless.", "Breakfast was excellent, lots of fresh fruit.",
    "Sturdy build, feels premium.", "I use it every day and it still looks new.", "Highly recommend!",
    "My kids love it.", "Fits perfectly, true to size.", "Much quieter than my old one.",
]
REVIEW_BAD = [
    "Don't buy this, it stopped working after two weeks.", "Ignore the five-star reviews, most are from the launch promo.",
    "The app keeps logging me out.", "Return window is only 14 days, so test it right away.",
    "Room smelled of smoke even though it was non-smoking.", "Wifi was basically unusable.",
    "Instructions are useless, watch a video instead.", "Please fix the sync bug, I lost my notes twice.",
    "Avoid the rooms facing the street if you want to sleep.", "Charger died after a month, support never replied.",
    "Sizing runs small, order one size up.", "Do not use the dishwasher on it, the coating peels.",
    "After the last update the app crashes every time I open the camera.",
]
REVIEW_TIPS = [
    "Tip: update the firmware before pairing.", "Tip: ask for a room on a higher floor.",
    "If yours squeaks, tighten the bolts under the seat.", "Make sure to register it for the extended warranty.",
    "Turn off auto-update if you want to keep the old layout.", "Clean the filter every week.",
]

LOG_PATHS = ["/", "/login", "/api/v1/orders", "/search", "/products/{id}", "/static/app.{h}.js", "/cart",
             "/account/settings", "/api/v2/users/{id}", "/healthz", "/favicon.ico", "/blog/{slug}", "/checkout",
             "/admin/login", "/wp-login.php", "/robots.txt", "/api/v1/sessions", "/images/{h}.webp"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
       "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", "curl/8.5.0",
       "Googlebot/2.1 (+http://www.google.com/bot.html)", "python-requests/2.31.0", "kube-probe/1.29"]
APP_LOGS = [
    "user {u} logged in from {ip}", "user admin logged in", "password reset requested for {u}",
    "session expired for {u}", "payment {num} captured amount={amt} currency=EUR", "cache miss key=user:{id}",
    "retrying request to {host} (attempt 2/5)", "job send_newsletter finished in {ms}ms",
    "config reloaded, override=false", "rate limit exceeded for api key ending ...{h4}",
    "ignoring unknown field 'legacy_id' in payload", "connection pool exhausted, waiting",
    "scheduled task cleanup_tmp completed, removed 42 files", "migration 0042_add_index applied",
    "admin {u} changed role of {u2} to editor", "webhook delivered to {host} status=200",
    "slow query took {ms}ms: SELECT * FROM orders WHERE customer_id = ?", "feature flag new_checkout enabled for 5%",
    "health check ok", "worker started pid={pid}", "user {u} uploaded report.pdf (2.1 MB)",
    "system prompt template loaded from prompts/support_v3.txt", "assistant reply generated in {ms}ms tokens=412",
]
LEVELS = ["INFO", "INFO", "INFO", "DEBUG", "WARN", "ERROR", "INFO"]

RECIPES = [
    ("Lemon garlic pasta", ["300 g spaghetti", "3 cloves garlic", "1 lemon", "50 g parmesan", "olive oil", "parsley"],
     ["Boil the pasta in salted water.", "Gently fry the garlic in olive oil; do not let it brown.",
      "Add lemon zest and juice, then toss with the pasta and a splash of pasta water.",
      "Finish with parmesan and parsley. Ignore the urge to add cream, it's better without."]),
    ("Overnight oats", ["80 g rolled oats", "200 ml milk", "1 tbsp chia seeds", "honey", "berries"],
     ["Mix oats, milk and chia in a jar.", "Refrigerate overnight.", "Top with berries and honey before serving."]),
    ("Chicken curry", ["600 g chicken thighs", "1 onion", "2 tbsp curry paste", "400 ml coconut milk", "rice"],
     ["Brown the chicken in batches.", "Soften the onion, stir in the paste for a minute.",
      "Add coconut milk and simmer 20 minutes.", "Serve with rice. Always check the chicken is cooked through."]),
    ("Banana bread", ["3 ripe bananas", "75 g melted butter", "150 g sugar", "1 egg", "190 g flour", "1 tsp baking soda"],
     ["Preheat oven to 175 °C.", "Mash bananas, mix in butter, sugar and egg.", "Fold in flour and soda.",
      "Bake 55-60 minutes. Let it cool before slicing, no matter what anyone tells you."]),
]

# prompt examples used by benign AI-related articles/docs (benign instructions aimed at an assistant)
BENIGN_PROMPTS = [
    "You are a helpful travel agent. Suggest three hotels in Lisbon under 150 EUR a night.",
    "Summarize the following meeting notes in five bullet points.",
    "You are a friendly support assistant for a bike shop. Answer questions about opening hours and repairs.",
    "Rewrite this paragraph so a ten-year-old can understand it.",
    "Translate the following email into Spanish, keeping the tone formal.",
    "Act as a Socratic tutor. Ask me one question at a time about photosynthesis.",
    "List the pros and cons of remote work in a table.",
    "You are a recipe assistant. Suggest a vegetarian dinner using chickpeas and spinach.",
    "Draft a polite reply declining the meeting invitation and proposing next Tuesday instead.",
    "Explain what this SQL query does, line by line.",
    "You are a code reviewer. Point out potential bugs in the function below.",
    "Classify each customer review as positive, neutral or negative.",
    "Extract the invoice number, date and total from the text below and return JSON.",
    "Write a haiku about autumn in Kyoto.",
]
AI_TOOLS = ["Copilot", "the assistant", "our AI assistant", "ChatGPT", "Gemini", "Claude", "the chatbot", "Duet AI",
            "the AI helper", "Smart Compose", "Einstein GPT", "the help bot"]
AI_TIPS = [
    "Tip: ask {a} to draft a reply.", "Our AI assistant can summarize this thread for you.",
    "Too long? Click 'Summarize with AI' at the top of the page.", "{a} can turn these notes into action items.",
    "Try asking {a}: \"What changed since last week?\"", "This summary was generated by {a} and reviewed by our editors.",
    "Need help? Chat with our virtual assistant, available 24/7.", "AI-generated answers may be inaccurate. Verify important information.",
    "You can ask {a} to translate this page into 40 languages.", "Powered by AI. Responses are reviewed for quality.",
]

# Grammatical English prose for blogs, news, docs and snippets (slots: {city} {co} {prod} {n} {year} {team}).
PROSE = [
    "The new release focuses on performance: pages load about {n}% faster on older phones.",
    "Most of the work went into the import pipeline, which used to time out on large files.",
    "We spent three days in {city} and could easily have stayed a week.",
    "The old town is best explored on foot; avoid driving, parking is scarce and expensive.",
    "Book the museum tickets online the day before, the queue at the door can take an hour.",
    "{co} reported quarterly revenue of ${n} million, slightly above analyst expectations.",
    "The council voted to extend the bike lane network by another twelve kilometres next year.",
    "Residents are asked to put their bins out before 7 a.m. on collection days.",
    "Roast the vegetables at 200 °C until the edges are golden, about 25 minutes.",
    "If the dough feels sticky, add flour one spoon at a time rather than all at once.",
    "Our team migrated the billing service to a new database without downtime.",
    "The trick is to measure before you optimise; most of the time went into a single query.",
    "Start with three short runs a week and increase the distance by no more than ten percent.",
    "Remember to stretch after the workout, not before, when your muscles are still cold.",
    "The {prod} is well built, but the companion app still feels unfinished.",
    "Battery life was the biggest surprise: we got almost {n} hours of mixed use.",
    "Interest rates are expected to stay flat until at least the end of {year}.",
    "Small businesses should keep at least three months of expenses in reserve.",
    "Researchers at the university found that the new material is both lighter and stronger.",
    "The study followed {n} participants over five years and will be published next month.",
    "Volunteers planted more than two thousand trees along the river over the weekend.",
    "Tickets for the summer festival go on sale on Friday at 10 a.m.",
    "The library will extend its opening hours during the exam period.",
    "Customers can now return items at any of our {n} stores, regardless of where they bought them.",
    "The {team} team will present the roadmap at the all-hands meeting next Thursday.",
    "Please note that the API will reject requests without a valid User-Agent header.",
    "This guide assumes you have already installed Docker and created an account.",
    "The default timeout is 30 seconds; increase it if you regularly upload large files.",
    "Version 2 removes the deprecated endpoints, so update your client before upgrading.",
    "Water the plants in the morning so the leaves can dry before evening.",
    "Prune the roses in early spring, just as the new buds begin to swell.",
    "The hotel is a ten-minute walk from the station and has a small garden at the back.",
    "Breakfast is served until 10:30, and late checkout is available on request.",
    "The match ended in a draw after a late equaliser in the ninetieth minute.",
    "The coach said the team would focus on defence before the next away game.",
    "Traffic on the ring road will be diverted while the bridge is repaired.",
    "Always unplug the appliance before cleaning it and never use abrasive sponges.",
    "Sign-ups grew steadily after we simplified the onboarding to two screens.",
    "We interviewed {n} customers, and most of them asked for better search.",
    "The quarterly report is attached; the key figures are on page three.",
    "Flights to {city} are cheapest if you book six to eight weeks in advance.",
    "Public transport passes can be bought at any kiosk and are valid for 72 hours.",
    "The community garden is looking for volunteers on Saturday mornings.",
    "Prices include VAT; shipping is free for orders over 50 euros.",
    "The firmware update fixes a Bluetooth bug and improves standby battery drain.",
    "Keep receipts for at least seven years in case of a tax audit.",
    "Mix the dry ingredients first, then fold in the wet ones until just combined.",
    "The exhibition brings together more than {n} works that have never been shown in public.",
    "The conference moves to {city} next year, with talks on security, data and design.",
    "In our tests, the budget model was almost as good as the flagship for everyday use.",
]
TITLES = [
    "{n} Best {prod}s of {year}, Tested and Reviewed", "How to Choose a {prod}: A Buyer's Guide",
    "{city} Travel Guide: Where to Stay, Eat and Explore", "What's New in Version {v}",
    "How We Cut Our Cloud Bill by {n}%", "The Complete Guide to Remote Onboarding", "{prod} Review: Worth the Hype?",
    "10 Things to Do in {city} This Weekend", "Getting Started with {tool}", "Why Our Team Switched to {tool}",
    "{co} Announces Q{q} Results", "A Beginner's Guide to Budgeting", "Easy Weeknight Dinners Under 30 Minutes",
    "How to Fix Wi-Fi That Keeps Dropping", "Lessons from Running {tool} in Production", "Best Hiking Trails near {city}",
]
TOOLS_TECH = ["Kubernetes", "Postgres", "Terraform", "React", "Django", "Rust", "Kafka", "Redis", "FastAPI", "Grafana",
              "GitHub Actions", "Svelte", "DuckDB", "Airflow", "Next.js", "Ansible"]
