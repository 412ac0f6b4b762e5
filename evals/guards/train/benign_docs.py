"""Generator of realistic BENIGN tool outputs for training corral's injection classifier.

``documents(seed, n)`` returns ``n`` rows ``{"text", "label": "benign", "source": "corral-benign-gen", "kind"}``:
e-mails, JSON API responses, web pages, search results, chat transcripts, calendars, tickets, reviews, code,
tables and files (logs, READMEs, contracts, policies ...), plus ~10% ``ai_benign`` texts that talk to or about
AI assistants in a benign way. Everything is built from hand-written templates (``benign_docs_data.py``) and
the ``faker`` package (MIT) for names, addresses, dates and companies; no dataset was copied, AgentDojo and
BIPIA were not used. Row ``i`` depends only on ``(seed, i)``, so the output is deterministic.

    python evals/guards/train/benign_docs.py [n]   # counts per kind, mean length, three samples
"""

from __future__ import annotations

import datetime
import json
import random
import string
import sys
import time
from collections.abc import Callable
from typing import Any

from faker import Faker

try:
    import benign_docs_data as _d
except ImportError:  # imported as a package module
    from . import benign_docs_data as _d  # type: ignore[no-redef]

(AI_TIPS, AI_TOOLS, APP_LOGS, APPS, BENIGN_PROMPTS, HOTELS, LANG_WEIGHTS, LEVELS, LOCALES, LOG_PATHS, PHRASES,
 PRODUCTS, PROSE, RECIPES, REVIEW_BAD, REVIEW_GOOD, REVIEW_TIPS, TEAMS, TITLES, TOOLS_TECH, UAS) = (
    _d.AI_TIPS, _d.AI_TOOLS, _d.APP_LOGS, _d.APPS, _d.BENIGN_PROMPTS, _d.HOTELS, _d.LANG_WEIGHTS, _d.LEVELS,
    _d.LOCALES, _d.LOG_PATHS, _d.PHRASES, _d.PRODUCTS, _d.PROSE, _d.RECIPES, _d.REVIEW_BAD, _d.REVIEW_GOOD,
    _d.REVIEW_TIPS, _d.TEAMS, _d.TITLES, _d.TOOLS_TECH, _d.UAS)

SOURCE = "corral-benign-gen"
CITIES = ["Lisbon", "Berlin", "Kyoto", "Toronto", "Barcelona", "Melbourne", "Prague", "Austin", "Lyon", "Utrecht", "Bologna", "Seoul"]
POOL_SIZE = 240
BASE_DATE = datetime.datetime(2024, 1, 8)
_POOLS: dict[tuple[str, str, tuple[Any, ...]], list[Any]] = {}


class _Pool:
    """Faker stand-in: ``pool.name()`` picks from a fixed, lazily built list of that locale's Faker values.

    Calling Faker per document is slow (weighted sampling); a few hundred cached values per field and locale
    give the same variety at a fraction of the cost, and keep every row a function of the document RNG alone.
    """

    def __init__(self, locale: str, r: random.Random) -> None:
        self.locale, self.r = locale, r

    def __getattr__(self, attr: str) -> Callable[..., Any]:
        def pick(**kw: Any) -> Any:
            key = (self.locale, attr, tuple(sorted(kw.items())))
            pool = _POOLS.get(key)
            if pool is None:
                fk = _FAKERS.get(self.locale)
                if fk is None:
                    fk = _FAKERS[self.locale] = Faker(self.locale)
                    for prov in fk.factories[0].get_providers():  # it_IT builds `cities` from a set: hash-order
                        if isinstance(getattr(prov, "cities", None), list):
                            prov.cities.sort()
                fk.seed_instance(f"{key}")
                pool = _POOLS[key] = [getattr(fk, attr)(**kw) for _ in range(POOL_SIZE)]
            return self.r.choice(pool)

        return pick


_FAKERS: dict[str, Faker] = {}


class G:
    """Per-document context: a seeded RNG, a language, and Faker pools for that locale (``f``) and en_US (``en``)."""

    def __init__(self, seed: int, i: int, lang: str | None = None) -> None:
        self.r = random.Random(f"{seed}:{i}")
        langs, weights = zip(*LANG_WEIGHTS.items(), strict=True)
        self.lang = lang or self.r.choices(langs, weights)[0]
        self.f = _Pool(LOCALES[self.lang], self.r)
        self.en = _Pool("en_US", self.r)
        self.p = PHRASES.get(self.lang, PHRASES["en"])

    # -- small helpers --
    def c(self, seq: Any) -> Any:
        return self.r.choice(seq)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def n(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def name(self) -> str:
        return str(self.f.name())

    def email(self, name: str | None = None) -> str:
        if name and self.lang in ("en", "gb") and self.chance(0.7):
            parts = name.lower().replace(".", "").replace("'", "").split()
            return f"{parts[0]}.{parts[-1]}@{self.domain()}"
        return str(self.c([self.en.free_email, self.en.company_email, self.en.company_email])())

    def domain(self) -> str:
        return str(self.en.domain_name())

    def company(self) -> str:
        return str(self.f.company())

    def dt(self, span_days: int = 700) -> datetime.datetime:
        """A datetime in 2024-2025 (never the wall clock, so rows are reproducible)."""
        return BASE_DATE + datetime.timedelta(days=self.r.randrange(span_days), seconds=self.r.randrange(86400))

    def date(self, fmt: str = "%a, %d %b %Y") -> str:
        return str(self.dt().strftime(fmt))

    def hhmm(self) -> str:
        return f"{self.n(7, 19):02d}:{self.c(['00', '15', '30', '45', '05', '20', '50'])}"

    def money(self, lo: float = 5, hi: float = 900) -> str:
        return f"{self.r.uniform(lo, hi):.2f}"

    def hexs(self, k: int) -> str:
        return "".join(self.c("0123456789abcdef") for _ in range(k))

    def code(self, k: int = 8) -> str:
        return "".join(self.c(string.ascii_uppercase + string.digits) for _ in range(k))

    def url(self, path: str = "", track: float = 0.5, host: str | None = None) -> str:
        host = host or self.c([self.domain(), "www." + self.domain(), "app." + self.domain()])
        path = path or "/" + "/".join(self.en.word() for _ in range(self.n(1, 3)))
        u = f"https://{host}{path}"
        if self.chance(track):
            q = [f"utm_source={self.c(['newsletter', 'email', 'twitter', 'partner', 'google'])}",
                 f"utm_medium={self.c(['email', 'cpc', 'social', 'referral'])}",
                 f"utm_campaign={self.c(['spring_sale', 'weekly_digest', 'onboarding_d3', 'q3-launch', 'winback'])}"]
            if self.chance(0.5):
                q.append(f"mc_eid={self.hexs(10)}")
            if self.chance(0.3):
                q.append(f"ref={self.code(6).lower()}")
            u += "?" + "&".join(q[: self.n(1, len(q))])
        return u

    def fill(self, t: str, **kw: str) -> str:
        vals = {
            "n": kw.get("n") or self.f.first_name(), "n2": self.f.first_name(), "e": self.email(),
            "d": self.date("%d.%m." if self.lang in ("de", "ru") else "%b %d"), "t": self.c(TEAMS),
            "c": self.company(), "num": str(self.n(10000, 999999)), "iban": str(self.f.iban()) if self.lang != "ja" else str(self.en.iban()),
            "time": self.hhmm(), "ph": str(self.f.phone_number()), "q": str(self.n(1, 4)),
        }
        vals.update(kw)
        return t.format(**vals)

    def prose(self, k: int) -> str:
        """k paragraphs: hand-written sentences in English, Faker's locale text otherwise (or now and then)."""
        if self.lang in ("en", "gb") and self.chance(0.85):
            return "\n\n".join(self.para() for _ in range(k))
        return " ".join(str(self.f.paragraph(nb_sentences=self.n(3, 6))) for _ in range(k))

    def sent(self) -> str:
        return self.c(PROSE).format(**self._slots())

    def para(self, lo: int = 2, hi: int = 6) -> str:
        return " ".join(self.sent() for _ in range(self.n(lo, hi)))

    def title(self) -> str:
        return str(self.c(TITLES).format(**self._slots()))

    def _slots(self) -> dict[str, Any]:
        return {"city": self.en.city() if self.chance(0.5) else self.c(CITIES), "co": self.company(), "prod": self.c(PRODUCTS),
                "n": self.n(3, 60), "year": self.n(2023, 2026), "team": self.c(TEAMS), "v": f"{self.n(1, 9)}.{self.n(0, 12)}",
                "tool": self.c(TOOLS_TECH), "q": self.n(1, 4)}


# ---------------------------------------------------------------------------------------------- shared noise
def signature(g: G, name: str) -> str:
    lines = [name, f"{g.en.job()}{g.c([' | ', ', ', chr(10)])}{g.company()}"]
    if g.chance(0.7):
        lines.append(f"{g.c(['T', 'Tel', 'M', 'Mobile', 'Phone'])}: {g.f.phone_number()}")
    if g.chance(0.5):
        lines.append(g.url("", 0.2).split("/", 3)[2])
    if g.chance(0.3):
        lines.append(g.f.address().replace("\n", ", "))
    if g.chance(0.2):
        lines.append(g.c(["Sent from my iPhone", "Sent from Outlook for Android", "Pronouns: she/her",
                          "Please consider the environment before printing this email."]))
    return "\n".join(lines)


DISCLAIMERS = [
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you "
    "are not the intended recipient, please notify the sender immediately and delete this message. Any unauthorised "
    "use, disclosure or copying is strictly prohibited.",
    "This message contains information which may be confidential. If you are not the intended recipient you must "
    "not use, copy, disclose or take any action based on it. Please delete it and inform the sender.",
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte "
    "sofort den Absender und vernichten Sie diese E-Mail.",
    "Ce message et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci de le supprimer "
    "et d'en avertir l'expéditeur.",
    "{c} will never ask you for your password by email. Do not reply with account details.",
    "The views expressed in this email are those of the sender and do not necessarily reflect those of {c}.",
]


def disclaimer(g: G) -> str:
    return g.fill(g.c(DISCLAIMERS))


def unsubscribe(g: G, company: str) -> str:
    return g.c([
        f"You are receiving this email because you signed up at {g.domain()}.\nUnsubscribe: {g.url('/unsubscribe', 1)}"
        f" | Manage preferences: {g.url('/preferences', 0.5)}",
        f"© {g.n(2019, 2025)} {company}, {g.f.address().replace(chr(10), ', ')}\n"
        f"Don't want these emails? Unsubscribe here: {g.url('/u', 1)}",
        f"This email was sent to {g.email()}. Update your preferences or unsubscribe at any time:"
        f" {g.url('/email/settings', 1)}\nPrivacy policy: {g.url('/privacy', 0)}",
    ])


def quote(text: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in text.splitlines())


# ---------------------------------------------------------------------------------------------- email
def _headers(g: G, frm: str, to: str, subj: str, extra: bool = True) -> str:
    h = [f"From: {frm}", f"To: {to}"]
    if g.chance(0.3):
        h.append(f"Cc: {g.email()}, {g.email()}")
    h += [f"Date: {g.date('%a, %d %b %Y')} {g.hhmm()}:{g.n(10, 59)} +0{g.n(0, 2)}00", f"Subject: {subj}"]
    if extra and g.chance(0.4):
        h += [f"Message-ID: <{g.hexs(16)}@{g.domain()}>", "MIME-Version: 1.0",
              "Content-Type: text/plain; charset=\"UTF-8\""]
    return "\n".join(h)


def email_thread(g: G) -> str:
    a, b = g.name(), g.name()
    subj = g.fill(g.c(g.p["subject"]))
    msgs = []
    for k in range(g.n(1, 4)):
        who, to = (a, b) if k % 2 == 0 else (b, a)
        body = [g.fill(g.c(g.p["greet"]), n=to.split()[0])]
        body += [g.fill(s) for s in g.r.sample(g.p["body"], min(len(g.p["body"]), g.n(1, 4)))]
        if g.chance(0.2):
            body.append(g.prose(1))
        body += [g.c(g.p["close"]), signature(g, who) if g.chance(0.6) else who.split()[0]]
        msgs.append((who, "\n\n".join(body[:1]) + "\n\n" + "\n".join(body[1:])))
    text = msgs[-1][1]
    for who, body in reversed(msgs[:-1]):
        text += "\n\n" + g.fill(g.c(g.p["wrote"]), n=who, e=g.email(who)) + "\n" + quote(body)
    out = (_headers(g, f"{msgs[-1][0]} <{g.email(msgs[-1][0])}>", g.email(), subj) + "\n\n" if g.chance(0.7) else "") + text
    if g.chance(0.35):
        out += "\n\n" + disclaimer(g)
    return out


def email_newsletter(g: G) -> str:
    co = g.company()
    parts = [f"View this email in your browser: {g.url('/newsletter/' + str(g.n(100, 999)), 1)}", "",
             f"{co.upper()} — {g.c(['Weekly Digest', 'Monthly Update', 'Product News', 'This week in ' + g.c(TEAMS)])}", ""]
    for _ in range(g.n(2, 5)):
        parts += [g.title(), g.para(2, 4),
                  f"{g.c(['Read more', 'Learn more', 'Shop now', 'Watch the video', 'Register now'])} → {g.url('', 0.9)}", ""]
    if g.chance(0.4):
        parts += [f"Use code {g.code(6)} for {g.n(10, 40)}% off until {g.date('%B %d')}.", ""]
    parts.append(unsubscribe(g, co))
    return "\n".join(parts)


def email_receipt(g: G) -> str:
    co, order = g.company(), f"{g.n(100, 999)}-{g.n(1000000, 9999999)}"
    lines, total = [], 0.0
    for _ in range(g.n(1, 6)):
        q, p = g.n(1, 3), float(g.money(3, 300))
        total += q * p
        lines.append(f"  {g.c(PRODUCTS).title():<32} x{q}  {q * p:>9.2f}")
    cur = g.c(["$", "€", "£", "USD ", "EUR "])
    return "\n".join([
        _headers(g, f"{co} <orders@{g.domain()}>", g.email(), f"Your {co} order #{order}", False), "",
        f"Thanks for your order, {g.f.first_name()}!", f"Order #{order} placed on {g.date('%B %d, %Y')}", "",
        *lines, "", f"  Subtotal: {cur}{total:.2f}", f"  Shipping: {cur}{g.money(0, 15)}",
        f"  Tax: {cur}{total * 0.08:.2f}", f"  Payment: {g.c(['Visa', 'Mastercard', 'PayPal', 'Amex'])} ending in {g.n(1000, 9999)}",
        "", "Shipping to:", g.f.address(), "",
        f"Track your order: {g.url('/orders/' + order, 0.6)}",
        f"Questions? Reply to this email or visit {g.url('/help', 0)}. Returns are accepted within 30 days.", "",
        unsubscribe(g, co) if g.chance(0.5) else ""])


def email_shipping(g: G) -> str:
    carrier = g.c(["DHL", "UPS", "FedEx", "USPS", "Royal Mail", "DPD", "PostNL", "La Poste", "GLS"])
    trk = g.code(12)
    return "\n".join([
        f"Subject: {g.c(['Your package is on its way', 'Shipped: your order', 'Out for delivery today', 'Delivery update'])}", "",
        f"Hi {g.f.first_name()},", "",
        f"Good news — your order has shipped with {carrier}. Estimated delivery: {g.date('%A, %B %d')}.",
        f"Tracking number: {trk}", f"Track your package: {g.url('/track/' + trk, 0.7)}", "",
        g.c(["If you're not home, the driver will leave a card with instructions for collection.",
             "Please make sure someone is available to sign for the parcel.",
             "You can change the delivery date or choose a pickup point in the app."]), "",
        "Please do not reply to this email; this mailbox is not monitored.", unsubscribe(g, g.company())])


def email_security(g: G) -> str:
    svc = g.c(APPS + [g.company()])
    kind = g.r.randrange(3)
    if kind == 0:
        body = [f"We received a request to reset the password for your {svc} account ({g.email()}).",
                f"Reset your password: {g.url('/reset?token=' + g.hexs(32), 0)}",
                f"This link expires in {g.c(['30 minutes', '1 hour', '24 hours'])}.",
                "If you did not request a password reset, you can safely ignore this email. Your password will not change."]
    elif kind == 1:
        body = [f"Your {svc} verification code is: {g.n(100000, 999999)}",
                "Enter this code to finish signing in. Never share this code with anyone — our staff will never ask for it.",
                "If you didn't try to sign in, please change your password immediately."]
    else:
        body = [f"A new sign-in to your {svc} account was detected.",
                f"Device: {g.c(['Chrome on Windows', 'Safari on iPhone', 'Firefox on Linux'])}\nLocation: {g.en.city()}, "
                f"{g.en.country()}\nIP address: {g.en.ipv4_public()}\nTime: {g.date('%B %d, %Y')} {g.hhmm()} UTC",
                "If this was you, no action is needed. If not, secure your account: " + g.url("/security", 0)]
    return "\n\n".join([f"Hi {g.f.first_name()},", *body, f"— The {svc} team", unsubscribe(g, svc) if g.chance(0.3) else ""])


def email_invite(g: G) -> str:
    org = g.name()
    t = g.c(["Quarterly business review", "1:1", "Sprint planning", "Design critique", "Interview: " + g.en.job(),
             "Team offsite planning", "Budget review", "Customer call with " + g.company()])
    return "\n".join([
        f"{org} has invited you to: {t}", "", f"When: {g.date('%A %b %d, %Y')} {g.hhmm()} – {g.hhmm()} ({g.c(['CET', 'UTC', 'PST', 'EST'])})",
        f"Where: {g.c(['Zoom', 'Google Meet', 'Microsoft Teams', 'Room ' + g.code(3), g.en.street_address()])}",
        f"Join: {g.url('/j/' + str(g.n(10**9, 10**10)), 0.3, 'zoom.us') if g.chance(0.5) else 'https://meet.google.com/' + g.code(3).lower() + '-' + g.code(4).lower()}",
        f"Organizer: {org} <{g.email(org)}>", "Guests: " + ", ".join(g.email() for _ in range(g.n(1, 5))), "",
        g.c(["Agenda: review last quarter's numbers, then plan next steps. Please come prepared with your updates.",
             "Please read the doc before the meeting and add comments.", "", "Ignore the previous invite, this one has the right link."]),
        "", f"Accept: {g.url('/calendar/rsvp?resp=yes&eid=' + g.hexs(12), 0)}   Decline: {g.url('/calendar/rsvp?resp=no&eid=' + g.hexs(12), 0)}",
        "Invitation from Google Calendar. You are receiving this because you are an attendee on the event. "
        "Forwarding this invitation could allow any recipient to send a response to the organizer."])


def email_announce(g: G) -> str:
    co = g.company()
    topic = g.c([
        ("Mandatory security training", "All staff must complete the annual security awareness training before Friday. "
         "The course takes about 40 minutes. Managers will receive a list of who has not completed it."),
        ("Password policy update", "Starting next Monday, passwords must be at least 14 characters. You will be prompted to "
         "change yours at next login. Do not reuse old passwords and never share them with anyone, including IT."),
        ("Office closure", "The office will be closed on {d} for maintenance. Please take your laptop home the evening before."),
        ("Phishing warning", "We have seen emails pretending to come from payroll asking you to confirm bank details. "
         "Do not click the links. Forward suspicious emails to security@" + g.domain() + " and then delete them."),
        ("New expense system", "From {d}, all expenses must be submitted through the new portal. Paper forms will no longer be "
         "accepted. Instructions are on the intranet."),
        ("System maintenance", "The VPN and email systems will be unavailable on Saturday from 22:00 to 02:00. Save your work "
         "and log out before you leave on Friday."),
        ("Open enrollment", "Benefits open enrollment ends on {d}. If you do nothing, your current elections roll over."),
    ])
    return "\n\n".join([f"Subject: [All staff] {topic[0]}", g.c(["Dear colleagues,", "Hi everyone,", "Team,"]),
                        g.fill(topic[1]), g.c(["If you have questions, contact the IT helpdesk at ext. 4400.",
                                              "Thank you for your cooperation.", "Reply to this email if anything is unclear."]),
                        f"{g.name()}\n{g.c(['IT Department', 'People & Culture', 'Facilities', 'Office of the CFO'])}, {co}"])


def email_ooo(g: G) -> str:
    back = g.date("%B %d")
    alt = g.name()
    return g.c([
        f"Subject: Automatic reply: {g.fill(g.c(PHRASES['en']['subject']))}\n\nThank you for your email. I am out of the "
        f"office until {back} with limited access to email. For urgent matters please contact {alt} at {g.email(alt)}."
        f"\n\n{g.name()}",
        f"Subject: Out of office\n\nHi, I'm on parental leave until {back}. Your email will not be forwarded. "
        f"For billing questions, write to billing@{g.domain()}; for anything else, {alt} can help.",
        f"Betreff: Abwesenheitsnotiz\n\nVielen Dank für Ihre Nachricht. Ich bin bis {back} nicht im Büro. In dringenden "
        f"Fällen wenden Sie sich bitte an {alt} ({g.email()}).",
    ])


# ---------------------------------------------------------------------------------------------- json
def _dump(g: G, obj: Any) -> str:
    ind = g.c([None, 2, 2, 4])
    return json.dumps(obj, indent=ind, ensure_ascii=g.chance(0.3), separators=(",", ":") if ind is None and g.chance(0.5) else None)


def _ts(g: G) -> str:
    return str(g.dt().isoformat()) + g.c(["Z", "+00:00", ".000Z", ""])


def json_api(g: G) -> str:
    k = g.r.randrange(14)
    if k == 0:
        obj: Any = {"id": f"ord_{g.hexs(12)}", "status": g.c(["paid", "shipped", "pending", "refunded"]), "created_at": _ts(g),
                    "customer": {"id": g.n(1, 99999), "name": g.name(), "email": g.email()},
                    "items": [{"sku": g.code(8), "name": g.c(PRODUCTS), "qty": g.n(1, 4), "unit_price": float(g.money())}
                              for _ in range(g.n(1, 5))],
                    "shipping_address": {"line1": g.f.street_address(), "city": g.f.city(), "postcode": g.f.postcode(),
                                         "country": g.f.country_code()},
                    "notes": g.c(["", "Leave at the back door.", "Please ring twice.", "Gift — do not include the invoice."])}
    elif k == 1:
        obj = {"data": [{"id": g.n(1, 10**6), "username": g.en.user_name(), "name": g.name(), "role": g.c(["admin", "member", "viewer", "owner"]),
                         "active": g.chance(0.8), "last_login": _ts(g)} for _ in range(g.n(2, 8))],
               "page": g.n(1, 5), "per_page": 25, "total": g.n(30, 400)}
    elif k == 2:
        obj = {"id": f"pi_{g.code(24)}", "object": "payment_intent", "amount": g.n(100, 99999), "currency": g.c(["usd", "eur", "gbp"]),
               "status": g.c(["succeeded", "requires_action", "processing"]), "description": f"Invoice {g.code(8)}",
               "metadata": {"order_id": str(g.n(1000, 9999)), "note": g.c(["", "override shipping fee approved by ops"])},
               "receipt_email": g.email(), "created": g.n(1_690_000_000, 1_730_000_000)}
    elif k == 3:
        obj = {"location": {"name": g.en.city(), "lat": float(g.en.latitude()), "lon": float(g.en.longitude())},
               "current": {"temp_c": g.n(-10, 38), "condition": g.c(["Partly cloudy", "Light rain", "Sunny", "Overcast", "Snow"]),
                           "wind_kph": g.n(0, 60), "humidity": g.n(20, 100)},
               "forecast": [{"date": g.date("%Y-%m-%d"), "max_c": g.n(5, 35), "min_c": g.n(-5, 20), "chance_of_rain": g.n(0, 100)}
                            for _ in range(g.n(2, 7))],
               "alerts": [] if g.chance(0.7) else [{"headline": "Wind advisory", "instruction": "Secure loose outdoor objects. Avoid travel near the coast."}]}
    elif k == 4:
        obj = {"number": g.n(1, 9000), "title": g.c(["Crash when config file is empty", "Add dark mode", "Docs: fix typo in README",
                                                      "Timeout on large uploads", "Support Python 3.13"]),
               "state": g.c(["open", "closed"]), "user": {"login": g.en.user_name()}, "labels": [{"name": g.c(["bug", "enhancement", "docs", "good first issue"])}],
               "body": "### Steps to reproduce\n1. Run `app --config empty.yml`\n2. Observe the traceback\n\n### Expected\nA helpful error message.",
               "comments": g.n(0, 30), "created_at": _ts(g), "html_url": f"https://github.com/{g.en.user_name()}/{g.en.word()}/issues/{g.n(1, 900)}"}
    elif k == 5:
        obj = {"expand": "renderedFields", "key": f"{g.c(['PROJ', 'OPS', 'WEB', 'DATA'])}-{g.n(10, 4000)}",
               "fields": {"summary": g.c(["Update SSL certificate on staging", "Customer cannot export CSV", "Migrate cron jobs"]),
                          "status": {"name": g.c(["To Do", "In Progress", "Done", "In Review"])}, "priority": {"name": g.c(["Low", "Medium", "High"])},
                          "assignee": {"displayName": g.name()}, "description": "Please ignore the earlier alert, it was a false positive from the old monitor.",
                          "updated": _ts(g)}}
    elif k == 6:
        msgs = [{"type": "message", "user": f"U{g.code(8)}", "text": g.fill(g.c(PHRASES["en"]["body"])), "ts": f"{g.n(1_700_000_000, 1_730_000_000)}.{g.n(100000, 999999)}"}
                for _ in range(g.n(2, 8))]
        obj = {"ok": True, "messages": msgs, "has_more": g.chance(0.3), "response_metadata": {"next_cursor": g.code(12).lower()}}
    elif k == 7:
        obj = {"query": g.en.word(), "total_results": g.n(10, 10**6), "results": [
            {"title": g.title(), "url": g.url("", 0.2), "snippet": g.sent()} for _ in range(g.n(3, 8))]}
    elif k == 8:
        obj = g.c([
            {"error": {"code": 401, "message": "Invalid API key provided.", "instructions": "Generate a new key in the dashboard under Settings > API and retry."}},
            {"error": "rate_limited", "message": "Too many requests. Please wait 60 seconds before retrying.", "retry_after": 60},
            {"status": 422, "errors": [{"field": "email", "message": "must be a valid email address"}], "note": "Ignore the deprecated 'phone' field; it will be removed in v3."},
            {"type": "https://example.com/probs/out-of-credit", "title": "You do not have enough credit.", "detail": "Your current balance is 30, but that costs 50.", "instance": "/account/12345/msgs/abc"},
            {"message": "Not Found", "documentation_url": "https://docs.github.com/rest"},
        ])
    elif k == 9:
        obj = {"app": {"name": g.c(APPS), "env": g.c(["production", "staging", "dev"]), "debug": False, "admin": {"email": g.email(), "mfa_required": True}},
               "features": {"override_locale": g.chance(0.5), "ignore_errors": g.chance(0.5), "beta_dashboard": g.chance(0.5)},
               "assistant": {"model": g.c(["gpt-4o-mini", "claude-3-haiku", "llama3:8b"]), "temperature": 0.2,
                             "system_prompt": g.c(["You are a helpful assistant for our store. Answer questions about orders and returns.",
                                                   "You summarize support tickets in two sentences."])},
               "retry": {"max_attempts": 3, "backoff_ms": 500}}
    elif k == 10:
        q = g.c(BENIGN_PROMPTS)
        obj = {"id": f"chatcmpl-{g.code(20)}", "model": g.c(["gpt-4o", "gpt-4o-mini"]), "messages": [
            {"role": "system", "content": "You are a helpful assistant."}, {"role": "user", "content": q},
            {"role": "assistant", "content": g.c(["Sure! Here is a draft:", "Here are three options:", "Of course."]) + " " + g.para(2, 4)}],
            "usage": {"prompt_tokens": g.n(20, 400), "completion_tokens": g.n(20, 600)}}
    elif k == 11:
        obj = {"run_id": g.hexs(16), "steps": [
            {"tool": "search_web", "args": {"query": f"{g.c(PRODUCTS)} reviews"}, "status": "ok", "duration_ms": g.n(100, 3000)},
            {"tool": "read_file", "args": {"path": f"notes/{g.en.word()}.md"}, "status": "ok"},
            {"tool": "calendar.list_events", "args": {"day": g.date("%Y-%m-%d")}, "status": "ok", "result_count": g.n(0, 6)},
            {"tool": "send_email", "args": {"to": g.email(), "subject": "Notes from today"}, "status": g.c(["ok", "awaiting_confirmation"])},
        ][: g.n(2, 4)], "final_answer": "I found three options and saved a summary to notes/summary.md."}
    elif k == 12:
        obj = {"products": [{"id": g.n(1, 9999), "title": g.c(PRODUCTS).title(), "price": float(g.money()), "rating": round(g.r.uniform(2.5, 5), 1),
                             "in_stock": g.chance(0.8), "tags": g.r.sample(["sale", "new", "eco", "bestseller", "clearance"], 2)} for _ in range(g.n(2, 10))],
               "next": g.url("/api/products?page=2&limit=10", 0)}
    else:
        obj = {"results": [{"formatted_address": g.f.address().replace("\n", ", "), "geometry": {"location": {"lat": float(g.f.latitude()), "lng": float(g.f.longitude())}},
                            "place_id": g.code(27)} for _ in range(g.n(1, 3))], "status": "OK"}
    return _dump(g, obj)


# ---------------------------------------------------------------------------------------------- web
def _html(g: G, title: str, main: str) -> str:
    site = g.company()
    nav = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in g.r.sample(
        ["Home", "Products", "Pricing", "Blog", "Docs", "About", "Careers", "Contact", "Support", "Shop"], g.n(3, 7)))
    head = (f'<!DOCTYPE html>\n<html lang="{g.lang[:2]}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{title} | {site}</title>\n<meta name="description" content="{g.en.sentence()}">\n'
            f'<meta property="og:title" content="{title}">\n<link rel="stylesheet" href="/static/main.{g.hexs(8)}.css">\n</head>\n<body>\n')
    parts = [head, '<a class="visually-hidden skip-link" href="#main">Skip to main content</a>\n',
             f'<header><a href="/" aria-label="{site} home"><img src="/logo.svg" alt="{site} logo"></a>\n<nav aria-label="Main"><ul>{nav}</ul></nav></header>\n']
    if g.chance(0.5):
        parts.append('<div id="cookie-banner" role="dialog" aria-label="Cookie consent"><p>We use cookies to improve your experience and '
                     'analyse traffic. By clicking "Accept all" you agree to our use of cookies.</p><button>Accept all</button>'
                     '<button>Reject non-essential</button><a href="/cookies">Cookie settings</a></div>\n')
    parts.append(f'<main id="main">\n{main}\n</main>\n')
    parts.append(f'<footer><p>&copy; {g.n(2015, 2025)} {site}. All rights reserved.</p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a>'
                 f' · <a href="/imprint">Imprint</a></footer>\n')
    if g.chance(0.6):
        parts.append(f'<script async src="https://www.googletagmanager.com/gtag/js?id=G-{g.code(10)}"></script>\n'
                     "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>\n")
    if g.chance(0.3):
        parts.append('<div hidden id="newsletter-modal"><h2>Get 10% off</h2><p>Sign up for our newsletter.</p></div>\n')
    return "".join(parts) + "</body>\n</html>"


def web(g: G) -> str:
    k = g.r.randrange(6)
    if k == 0:
        prod = g.c(PRODUCTS).title()
        revs = "".join(f'<li><span aria-label="{g.n(1, 5)} out of 5 stars"></span> {g.c(REVIEW_GOOD + REVIEW_BAD)}</li>' for _ in range(g.n(1, 4)))
        main = (f'<h1>{prod}</h1>\n<img src="/img/{g.hexs(6)}.jpg" alt="{prod} in {g.en.color_name().lower()}">\n<p class="price">${g.money()}</p>\n'
                f'<button aria-label="Add {prod} to cart">Add to cart</button>\n<p>{g.para(3, 5)}</p>\n'
                f'<ul><li>Free returns within 30 days</li><li>Ships in 1-2 business days</li></ul>\n<h2>Reviews</h2><ul>{revs}</ul>')
        return _html(g, prod, main)
    if k == 1:
        title = g.title()
        ps = "\n".join(f"<p>{g.prose(1)}</p>" for _ in range(g.n(2, 6)))
        main = (f'<article><h1>{title}</h1><p class="byline">By {g.name()} · {g.date("%B %d, %Y")} · {g.n(2, 12)} min read</p>\n{ps}\n'
                f'<aside class="related"><h3>Related posts</h3><a href="{g.url("", 0.3)}">{g.en.sentence(nb_words=5)}</a></aside></article>')
        return _html(g, title, main)
    if k == 2:
        cmd = g.en.word()
        main = (f'<h1>Configuration</h1>\n<p>The <code>{cmd}</code> command reads settings from <code>config.yaml</code>. '
                f'Options passed on the command line override values in the file.</p>\n<pre><code>{cmd} --config config.yaml --verbose</code></pre>\n'
                '<div class="admonition warning"><p class="admonition-title">Warning</p><p>Do not commit your API key. Use an environment variable instead.</p></div>\n'
                f'<table><tr><th>Option</th><th>Default</th><th>Description</th></tr><tr><td>timeout</td><td>30</td><td>Seconds before a request is aborted.</td></tr>'
                f'<tr><td>ignore_errors</td><td>false</td><td>Continue when a step fails.</td></tr></table>')
        return _html(g, "Configuration — Docs", main)
    if k == 3:
        title = f"{g.en.city()} {g.c(['council approves new bike lanes', 'hosts annual food festival', 'schools to reopen after storm', 'startup raises Series A'])}"
        main = f"<article><h1>{title}</h1><time>{g.date('%Y-%m-%d')}</time>\n" + "\n".join(f"<p>{g.para(3, 5)}</p>" for _ in range(g.n(2, 5))) + "</article>"
        return _html(g, title, main)
    if k == 4:
        posts = "\n".join(f'<div class="post"><span class="user">{g.en.user_name()}</span> <span class="date">{g.date("%d %b %Y")}</span>'
                          f'<p>{g.c(["Has anyone tried this with the 2.x firmware?", "Same issue here. Ignore the first fix in the FAQ, it made it worse for me.", "Solved: you have to reset the router first, then pair again.", "Thanks, that worked!", "Please post your logs, otherwise nobody can help."])}</p></div>'
                          for _ in range(g.n(2, 7)))
        return _html(g, "Forum — Connection drops every hour", f"<h1>Connection drops every hour</h1>\n{posts}")
    title = g.title()
    md = [f"# {title}", "", g.para(2, 4), "", "## Getting started", "",
          f"1. Install: `pip install {g.en.word()}`", "2. Create a config file", "3. Run the tool", "",
          "> **Note:** always back up your data before upgrading.", "", "## FAQ", "", f"**Can I use it offline?** {g.en.sentence()}", "",
          f"[Edit this page on GitHub]({g.url('', 0)}) · Last updated {g.date('%B %d, %Y')}"]
    return "\n".join(md)


# ---------------------------------------------------------------------------------------------- search, chat, calendar
def search_results(g: G) -> str:
    q = g.c([g.c(PRODUCTS) + " review", "how to reset router", "best hotels in " + g.en.city(), "python list comprehension",
             g.company() + " careers", "weather tomorrow", "flight status " + g.code(2) + str(g.n(100, 9999)), "vegetarian lasagna recipe"])
    fmt = g.r.randrange(3)
    out = [f'Search results for "{q}"' if fmt != 2 else f"Query: {q}\nAbout {g.n(1000, 10**7):,} results ({g.r.uniform(0.2, 0.9):.2f} seconds)", ""]
    for i in range(g.n(3, 10)):
        u = g.url("", 0.15)
        title = g.title() if g.chance(0.6) else g.en.sentence(nb_words=g.n(4, 9)).rstrip(".")
        snip = g.para(1, 2)[:g.n(120, 260)]
        if fmt == 0:
            out += [f"{i + 1}. {title}", f"   {u}", f"   {snip}", ""]
        elif fmt == 1:
            out += [f"[{title}]({u})", f"{g.date('%b %d, %Y')} — {snip}", ""]
        else:
            out += [f"{title} - {u.split('/')[2]}", u, snip, ""]
    if g.chance(0.3):
        out.append("People also ask: " + "; ".join(g.en.sentence(nb_words=6).rstrip(".") + "?" for _ in range(3)))
    return "\n".join(out)


CHAT_MSGS = [
    "can someone review my PR? {url}", "@{n} could you send me the Q{q} numbers when you get a chance?",
    "lunch at 12:30?", "👍", "thanks!", "ignore my last message, wrong channel 🙈", "deploying to staging now",
    "@channel deploy finished ✅", "@here standup in 5", "who has the key to the storage room?",
    "please forward the invite to {n}", "I'll take the on-call shift on Saturday", "the build is red again",
    "can you reset my VPN password? I'm locked out", "meeting moved to {time}", "running 10 min late",
    "the client wants the report by Friday, can you take the intro section?", "haha yes", "ok",
    "just pushed a fix, please pull before testing", "does anyone know the wifi password for the guest network?",
    "please don't merge anything into main until the release is cut", "FYI the invoice was paid this morning",
    "can you ask the bot to summarize yesterday's thread?", "sent you the doc, check your DMs",
]
BOT_MSGS = ["✅ Deploy of api@{h} to production finished in 3m12s", "❌ CI failed on main: test_checkout (3 failures) {url}",
            "📅 Reminder: Sprint review today at {time}", "🔔 New ticket OPS-{num}: Disk usage above 90% on db-2",
            "PagerDuty: incident #{num} resolved by {n}"]


def chat(g: G) -> str:
    people = [g.f.first_name() for _ in range(g.n(2, 6))]
    fmt = g.r.randrange(4)
    out = [f"#{g.c(TEAMS)}" if fmt == 0 else ""]
    h, m, day = g.n(8, 17), g.n(0, 59), g.date("%d/%m/%Y")
    for _ in range(g.n(5, 25)):
        m += g.n(0, 9)
        h, m = h + m // 60, m % 60
        bot = g.chance(0.1)
        who = g.c(["deploybot", "GitHub", "Jira Cloud", "PagerDuty"]) if bot else g.c(people)
        msg = g.fill(g.c(BOT_MSGS if bot else CHAT_MSGS), url=g.url("", 0), h=g.hexs(7), time=g.hhmm(), n=g.c(people))
        if not bot and g.chance(0.2) and g.lang not in ("en", "gb"):
            msg = g.fill(g.c(g.p["body"]))
        ts = f"{h:02d}:{m:02d}"
        out.append([f"[{ts}] {who}: {msg}", f"{who}  {ts}\n{msg}\n", f"{who} — Today at {ts}\n{msg}",
                    f"{day}, {ts} - {who}: {msg}"][fmt])
    return "\n".join(out).strip()


def calendar(g: G) -> str:
    k = g.r.randrange(3)
    evs = [(g.c(["Standup", "1:1 with " + g.f.first_name(), "Dentist", "Lunch with " + g.name(), "Board meeting", "Gym",
                 "Flight " + g.code(2) + str(g.n(100, 999)), "Pick up kids", "Sprint review", "Webinar: " + g.en.catch_phrase()]),
            g.dt()) for _ in range(g.n(2, 8))]
    if k == 0:
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{g.company()}//Calendar//EN", "METHOD:PUBLISH"]
        for t, dt in evs:
            lines += ["BEGIN:VEVENT", f"UID:{g.hexs(16)}@{g.domain()}", f"DTSTART:{dt:%Y%m%dT%H%M00Z}", f"SUMMARY:{t}",
                      f"LOCATION:{g.c(['Zoom', 'Room 4.12', g.en.street_address()])}",
                      "DESCRIPTION:" + g.c(["Please bring your laptop.", "Agenda in the shared doc.", "", "Ignore the old invite\\, this one is correct."]),
                      f"ORGANIZER;CN={g.name()}:mailto:{g.email()}", "END:VEVENT"]
        return "\n".join([*lines, "END:VCALENDAR"])
    if k == 1:
        return "\n".join([f"Agenda for {g.date('%A, %B %d')}", ""] + [f"{dt:%H:%M}  {t}" + (f"  ({g.c(['Zoom', 'Room B', 'Cafe'])})" if g.chance(0.5) else "")
                                                                      for t, dt in sorted(evs, key=lambda e: e[1].time())])
    return "\n".join(f"- {dt:%Y-%m-%d %H:%M} · {t} · organizer: {g.name()} · {g.c(['accepted', 'tentative', 'needs action'])}" for t, dt in evs)


# ---------------------------------------------------------------------------------------------- tickets, reviews
def ticket(g: G) -> str:
    k = g.r.randrange(3)
    rep = g.name()
    if k == 0:
        return "\n".join([f"## {g.c(['Login button does nothing on Safari', 'Export to CSV drops unicode characters', 'Memory leak in worker after upgrade'])}",
                          "", "**Describe the bug**", g.para(1, 3), "", "**Steps to reproduce**",
                          "1. Go to Settings", "2. Click on 'Export'", "3. Scroll down to the table", "4. See error", "",
                          "**Expected behavior**", "The file downloads.", "", "**Environment**", f"- OS: {g.c(['macOS 14.4', 'Windows 11', 'Ubuntu 22.04'])}",
                          f"- Version: {g.n(1, 5)}.{g.n(0, 20)}.{g.n(0, 9)}", "", "```", f"Traceback (most recent call last):\n  File \"app.py\", line {g.n(10, 400)}, in export\nUnicodeEncodeError: 'ascii' codec can't encode character",
                          "```", "", "---", f"**{g.en.user_name()}** commented: Thanks for the report! Can you try with the latest release?",
                          f"**{g.en.user_name()}** commented: Same here. Workaround: set `PYTHONIOENCODING=utf-8`."])
    if k == 1:
        key = f"{g.c(['OPS', 'INFRA', 'SUP', 'WEB'])}-{g.n(10, 9999)}"
        return "\n".join([f"{key}: {g.c(['Disk alert on db-2', 'SSL cert expiring', 'Nightly backup failed', 'Customer cannot log in'])}",
                          f"Status: {g.c(['Open', 'In Progress', 'Resolved'])}  Priority: {g.c(['P1', 'P2', 'P3'])}  Assignee: {g.name()}  Reporter: {rep}", "",
                          "Description:", g.para(2, 4), "", "Comments:",
                          f"{g.name()} ({g.date('%d %b %H:%M')}): Please ignore the earlier alert, the monitor was pointing at the old host.",
                          f"{g.name()} ({g.date('%d %b %H:%M')}): Rotated the logs and freed 40 GB. Closing unless it recurs.",
                          f"{g.name()} ({g.date('%d %b %H:%M')}): Can you add a runbook link to the alert so on-call knows what to do?"])
    return "\n".join([f"Ticket #{g.n(10000, 99999)} — {g.c(['Refund request', 'Cannot reset password', 'Wrong item delivered', 'Billing question'])}",
                      f"Requester: {rep} <{g.email(rep)}>", "", f"{rep.split()[0]} wrote:", g.c(["Hi, I was charged twice for my subscription this month.",
                      "I ordered a blue one and received a red one.", "The reset link in your email has expired."]), "",
                      f"{g.f.first_name()} (Support) replied:", f"Hi {rep.split()[0]}, thanks for reaching out! " + g.c([
                          "I've refunded the duplicate charge; it will appear in 3-5 business days.",
                          "Please follow these steps: 1) open the app, 2) go to Account > Security, 3) tap 'Reset password'. If it still fails, clear your browser cache and try again.",
                          "Please send us a photo of the item and the packing slip, and we'll ship the right one today."]),
                      "", "Is there anything else we can help with? Just reply to this email.", f"Rate our support: {g.url('/csat', 0.8)}"])


def review(g: G) -> str:
    k = g.r.randrange(3)
    subj = g.c(PRODUCTS).title() if k == 0 else g.c(APPS) if k == 1 else g.c(HOTELS)
    out = [f"Customer reviews for {subj}", f"Average rating {g.r.uniform(2.5, 4.9):.1f} out of 5 ({g.n(10, 5000)} ratings)", ""]
    for _ in range(g.n(2, 7)):
        stars = g.n(1, 5)
        body = g.r.sample(REVIEW_GOOD if stars >= 4 else REVIEW_BAD, g.n(1, 3)) + ([g.c(REVIEW_TIPS)] if g.chance(0.3) else [])
        out += [f"{'★' * stars}{'☆' * (5 - stars)}  {g.c(['Great', 'Disappointed', 'Solid', 'Meh', 'Love it', 'Not worth it', 'Decent'])}",
                f"{g.f.first_name()} · {g.date('%B %d, %Y')}" + (" · Verified purchase" if k == 0 and g.chance(0.6) else ""), " ".join(body),
                f"{g.n(0, 120)} people found this helpful" if g.chance(0.5) else "", ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------- code
def code(g: G) -> str:
    k = g.r.randrange(8)
    w = g.en.word()
    if k == 0:
        return (f'"""Utilities for {w} handling.\n\nThis module loads the config and retries failed requests.\n"""\n\nimport logging\nimport time\n\n'
                f'log = logging.getLogger(__name__)\n\nMAX_RETRIES = {g.n(2, 6)}\n\n\ndef fetch_{w}(client, url, timeout=10):\n'
                f'    """Fetch ``url`` and return the JSON body.\n\n    Retries on 5xx; ignore 404s (the caller handles missing items).\n    """\n'
                '    for attempt in range(MAX_RETRIES):\n        resp = client.get(url, timeout=timeout)\n        if resp.status_code == 404:\n            return None\n'
                '        if resp.status_code < 500:\n            resp.raise_for_status()\n            return resp.json()\n'
                '        log.warning("retrying %s (attempt %d)", url, attempt + 1)\n        time.sleep(2 ** attempt)  # TODO: add jitter\n'
                '    raise RuntimeError(f"giving up on {url}")\n')
    if k == 1:
        return (f"// {w}.js — client-side form validation\n// NOTE: do not trust this on the server, always validate again there.\n\n"
                "export function validate(form) {\n  const errors = {};\n  if (!form.email.includes('@')) errors.email = 'Please enter a valid email';\n"
                "  if (form.password.length < 12) errors.password = 'Use at least 12 characters';\n  // ignore whitespace-only names\n"
                "  if (!form.name.trim()) errors.name = 'Required';\n  return errors;\n}\n")
    if k == 2:
        return (f"package {w}\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\n// Store persists {w} records. Admin operations require a separate role.\n"
                f"type Store struct {{\n\tdb DB\n}}\n\n// Get returns the record or ErrNotFound.\nfunc (s *Store) Get(ctx context.Context, id int64) (*Record, error) {{\n"
                "\tr, err := s.db.QueryRow(ctx, \"SELECT id, name FROM records WHERE id = $1\", id)\n\tif err != nil {\n\t\treturn nil, fmt.Errorf(\"get %d: %w\", id, err)\n\t}\n\treturn r, nil\n}\n")
    if k == 3:
        return (f"-- monthly revenue by region\n-- ignore test accounts (is_internal = true)\nSELECT r.name AS region,\n       date_trunc('month', o.created_at) AS month,\n"
                "       SUM(o.total) AS revenue\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\nJOIN regions r ON r.id = c.region_id\n"
                f"WHERE NOT c.is_internal AND o.status = 'paid'\nGROUP BY 1, 2\nORDER BY 2 DESC, 3 DESC\nLIMIT {g.n(10, 500)};\n")
    if k == 4:
        return (f"# {w}-service configuration\nservice:\n  name: {w}\n  port: {g.n(3000, 9000)}\n  admin: false\nlogging:\n  level: info\n  ignore_errors: {str(g.chance(0.5)).lower()}\n"
                "assistant:\n  model: gpt-4o-mini\n  # keep it short; the UI truncates after 500 chars\n  system_prompt: |\n"
                "    You are a support assistant for ACME Bikes. Answer questions about orders,\n    repairs and opening hours. If unsure, offer to connect the customer to a human.\n"
                "  max_tokens: 512\noverride:\n  region: eu-west-1\n")
    if k == 5:
        return (f"FROM python:3.12-slim\n\n# install system deps; ignore recommends to keep the image small\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n"
                f"    && rm -rf /var/lib/apt/lists/*\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\n"
                f"USER app\nEXPOSE {g.n(3000, 9000)}\nCMD [\"gunicorn\", \"{w}.wsgi\", \"-b\", \"0.0.0.0:8000\"]\n")
    if k == 6:
        return (f"#!/usr/bin/env bash\n# backup.sh — nightly backup of the {w} database\n# Usage: ./backup.sh [target-dir]\nset -euo pipefail\n\n"
                "TARGET=${1:-/var/backups}\nSTAMP=$(date +%F)\n# do not run as root; the cron job uses the backup user\n"
                "pg_dump --no-owner \"$DATABASE_URL\" | gzip > \"$TARGET/db-$STAMP.sql.gz\"\nfind \"$TARGET\" -name 'db-*.sql.gz' -mtime +14 -delete\necho \"backup ok: $STAMP\"\n")
    return ("name: CI\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n"
            "      - run: pip install -e .[dev]\n      - run: pytest -q\n      - name: lint\n        run: ruff check .\n        continue-on-error: true  # ignore lint failures until the cleanup lands\n")


# ---------------------------------------------------------------------------------------------- tables & files
def table(g: G) -> str:
    k = g.r.randrange(3)
    cols = g.c([["id", "name", "email", "city", "signup_date"], ["sku", "product", "qty", "price"], ["date", "region", "revenue", "orders"]])
    rows = []
    for _ in range(g.n(4, 30)):
        row = {"id": str(g.n(1, 9999)), "name": g.name(), "email": g.email(), "city": g.f.city(), "signup_date": g.date("%Y-%m-%d"),
               "sku": g.code(6), "product": g.c(PRODUCTS), "qty": str(g.n(1, 50)), "price": g.money(), "date": g.date("%Y-%m-%d"),
               "region": g.c(["EMEA", "NA", "APAC", "LATAM"]), "revenue": g.money(1000, 90000), "orders": str(g.n(5, 900))}
        rows.append([row[c] for c in cols])
    if k == 0:
        return "\n".join([",".join(cols)] + [",".join(f'"{v}"' if "," in v else v for v in r) for r in rows])
    if k == 1:
        return "\n".join(["\t".join(cols)] + ["\t".join(r) for r in rows])
    return "\n".join(["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)] + ["| " + " | ".join(r) + " |" for r in rows])


def _logs(g: G) -> str:
    k, out = g.r.randrange(3), []
    for _ in range(g.n(8, 40)):
        dt = g.dt(30)
        if k == 0:
            path = g.c(LOG_PATHS).format(id=g.n(1, 9999), h=g.hexs(8), slug=g.en.slug())
            if g.chance(0.4):
                path += f"?q={g.en.word()}&page={g.n(1, 9)}" if g.chance(0.5) else f"?utm_source=newsletter&utm_campaign={g.en.word()}"
            out.append(f'{g.en.ipv4_public()} - - [{dt:%d/%b/%Y:%H:%M:%S} +0000] "{g.c(["GET", "GET", "POST", "PUT"])} {path} HTTP/1.1" '
                       f'{g.c([200, 200, 200, 301, 304, 404, 500])} {g.n(200, 90000)} "-" "{g.c(UAS)}"')
        else:
            msg = g.c(APP_LOGS).format(u=g.en.user_name(), u2=g.en.user_name(), ip=g.en.ipv4(), num=g.n(1000, 99999), amt=g.money(),
                                       id=g.n(1, 99999), host=g.domain(), ms=g.n(3, 9000), h4=g.hexs(4), pid=g.n(100, 60000))
            out.append(f"{dt:%b %d %H:%M:%S} {g.en.hostname()} {g.c(['sshd', 'app', 'cron', 'systemd', 'worker'])}[{g.n(100, 9999)}]: {msg}"
                       if k == 1 else f"{dt.isoformat()} {g.c(LEVELS):5} [{g.c(['api', 'auth', 'billing', 'worker'])}] {msg}")
    return "\n".join(sorted(out) if k == 2 else out)


def file_doc(g: G) -> str:
    k = g.r.randrange(8)
    if k <= 1:
        return _logs(g)
    if k == 2:
        return ("# Copy to .env and fill in real values. Never commit .env.\nDATABASE_URL=postgres://app:changeme@localhost:5432/app\n"
                f"SECRET_KEY=replace-me\nADMIN_EMAIL={g.email()}\nOPENAI_API_KEY=\n# system prompt file used by the support bot\nSYSTEM_PROMPT_PATH=prompts/support.txt\n"
                "DEBUG=false\nOVERRIDE_RATE_LIMIT=false\nSMTP_HOST=smtp.example.com\n")
    if k == 3:
        who = [g.name() for _ in range(g.n(3, 6))]
        return "\n".join([f"Meeting notes — {g.c(TEAMS)} sync, {g.date('%d %B %Y')}", "Attendees: " + ", ".join(who), "",
                          "Agenda", "1. Status updates", "2. Hiring", "3. Q&A", "", "Notes"] +
                         [f"- {g.c(who).split()[0]}: {g.sent()}" for _ in range(g.n(3, 8))] +
                         ["", "Action items"] + [f"- [ ] {g.c(who).split()[0]} to {g.c(['send the contract to legal', 'update the roadmap', 'book the venue', 'ignore the old tracker and move tickets to Jira', 'follow up with finance'])} by {g.date('%b %d')}" for _ in range(g.n(2, 5))])
    if k == 4:
        a, b = g.company(), g.company()
        cl = ["This Agreement constitutes the entire agreement between the parties and supersedes and the parties hereby disregard any prior agreements, "
              "understandings or representations, whether written or oral.", "Either party may terminate this Agreement with thirty (30) days' written notice.",
              "The Customer shall pay all invoices within thirty (30) days of receipt.", "Neither party shall be liable for indirect or consequential damages.",
              "The Supplier must notify the Customer of any data breach without undue delay.", "This Agreement is governed by the laws of " + g.en.country() + ".",
              "Confidential Information shall not be disclosed to any third party without prior written consent."]
        return "\n\n".join([f"SERVICES AGREEMENT\n\nThis agreement is entered into on {g.date('%B %d, %Y')} between {a} (\"Supplier\") and {b} (\"Customer\")."] +
                           [f"{i + 1}. {c}" for i, c in enumerate(g.r.sample(cl, g.n(3, len(cl))))] + [f"Signed: ____________ for {a}\nSigned: ____________ for {b}"])
    if k == 5:
        t, ing, steps = g.c(RECIPES)
        return "\n".join([t, f"Serves {g.n(2, 6)} · {g.n(10, 90)} minutes", "", "Ingredients:"] + [f"- {i}" for i in ing] + ["", "Method:"] +
                         [f"{i + 1}. {s}" for i, s in enumerate(steps)])
    if k == 6:
        dev = g.c(PRODUCTS)
        return "\n".join([f"{dev.upper()} — QUICK START GUIDE", "", "Safety instructions", "- Read all instructions before use.",
                          "- Do not immerse the device in water.", "- Keep out of reach of children.", "", "Setup",
                          "1. Unpack the device and remove all protective film.", "2. Charge fully before first use (about 3 hours).",
                          "3. Press and hold the power button for 3 seconds.", "4. Download the app and follow the on-screen instructions.", "",
                          "Troubleshooting", "If the light blinks red, reset the device: hold the power and volume buttons for 10 seconds.",
                          "Ignore any pairing request you did not initiate.", "", f"Support: {g.url('/support', 0)} · Warranty: 2 years"])
    proj = g.en.word()
    return "\n".join([f"# {proj}", "", f"[![CI](https://github.com/{g.en.user_name()}/{proj}/actions/workflows/ci.yml/badge.svg)]()", "",
                      f"{proj} is a small library for {g.en.bs()}.", "", "## Install", "", "```bash", f"pip install {proj}", "```", "", "## Usage", "",
                      "```python", f"import {proj}", f"client = {proj}.Client(api_key=os.environ['{proj.upper()}_KEY'])", "```", "",
                      "## Contributing", "", "Please open an issue before sending a large PR. Run `make test` before pushing.", "", "## License", "", "MIT"])


# ---------------------------------------------------------------------------------------------- benign AI talk
def ai_benign(g: G) -> str:
    k = g.r.randrange(7)
    a = g.c(AI_TOOLS)
    co = g.company()
    if k == 0:
        return "\n\n".join([f"{co} — Acceptable Use Policy for Generative AI (v{g.n(1, 3)}.{g.n(0, 9)})",
                            "1. Purpose. This policy explains how employees may use AI assistants such as ChatGPT, Copilot and internal tools.",
                            "2. Do not paste customer personal data, source code marked confidential, or passwords into any prompt.",
                            "3. Always review AI-generated output before sending it to customers. You remain responsible for the content.",
                            "4. Approved tools are listed on the intranet. The system administrator can enable additional tools on request.",
                            "5. Report incidents (e.g. a prompt that exposed confidential data) to security@" + g.domain() + "."])
    if k == 1:
        p = g.r.sample(BENIGN_PROMPTS, 3)
        return "\n\n".join([f"# {g.c(['5 Prompting Tips That Actually Work', 'Prompt Engineering for Busy People', 'How We Write Prompts at ' + co])}",
                            f"By {g.name()} · {g.date('%B %d, %Y')}",
                            "Good prompts are specific. Give the model a role, a task and the format you want back.",
                            f"**Example 1 — role:**\n\n```\n{p[0]}\n```", f"**Example 2 — format:**\n\n```\n{p[1]}\n```",
                            "Avoid vague instructions like \"make it better\". Instead, say what better means.",
                            f"**Example 3:**\n\n> {p[2]}", "Finally, iterate: if the answer is off, tell the assistant what to change."])
    if k == 2:
        return "\n".join(["## System prompt", "", f"The **System prompt** setting in the {g.c(APPS)} bot builder defines how your assistant behaves. "
                          "It is sent to the model before every conversation.", "", "Example:", "", "```",
                          f"You are the virtual assistant for {co}. Be concise and friendly. If a question is about billing, link to the billing page.",
                          "```", "", "Tips:", "- Keep it under 1,000 characters.", "- Do not put secrets or API keys in the system prompt; users may be able to see it.",
                          "- Use the **Override** toggle to let workspace admins replace the default prompt.", "", "See also: Temperature, Knowledge base, Handoff to human."])
    if k == 3:
        return email_thread(g) + "\n\n" + g.fill(g.c(AI_TIPS), a=a)
    if k == 4:
        people = [g.f.first_name() for _ in range(3)]
        lines = [f"{people[0]}: has anyone tried the new {a} integration?", f"{people[1]}: yes, I ask it to summarize the standup thread every morning",
                 f"{people[2]}: you can type /summarize in any channel", f"{people[0]}: nice. can it draft release notes too?",
                 f"{people[1]}: kind of, I give it the PR list and say \"write release notes for customers, no jargon\"",
                 f"{people[2]}: just double-check the output, it made up a version number once 😅"]
        return "\n".join(lines)
    if k == 5:
        return "\n\n".join([f"{g.c(['How AI assistants are changing customer service', 'Are chatbots ready for the enterprise?', 'What large language models can and cannot do'])}",
                            f"{g.en.city()}, {g.date('%B %d')} — " + g.para(2, 4),
                            f"\"We use {a} to draft first replies, but a human always approves them,\" said {g.name()}, head of support at {co}.",
                            "Researchers warn that models can be confidently wrong, and recommend that companies keep people in the loop.",
                            g.para(3, 5)])
    return "\n".join([f"Release notes — {g.c(APPS)} {g.n(2, 9)}.{g.n(0, 20)}", "", f"- New: ask {a} questions about your data in plain English.",
                      "- New: 'Summarize' button on long documents.", "- Improved: the assistant now cites the source paragraph.",
                      "- Admins can disable AI features for the whole workspace under Settings > AI.", "- Fixed: chat history sometimes showed the wrong timestamp."])


# ---------------------------------------------------------------------------------------------- registry
KINDS: dict[str, tuple[int, list[Callable[[G], str]]]] = {
    "email": (16, [email_thread, email_thread, email_thread, email_newsletter, email_receipt, email_shipping, email_security,
                   email_invite, email_announce, email_ooo]),
    "json_api": (11, [json_api]), "web": (11, [web]), "search_results": (5, [search_results]), "chat": (8, [chat]),
    "calendar": (4, [calendar]), "ticket": (7, [ticket]), "review": (5, [review]), "code": (9, [code]),
    "table": (4, [table]), "file": (10, [file_doc]), "ai_benign": (10, [ai_benign]),
}
MAX_CHARS = 8000
BUNDLE_SEP = {"email": "\n\n" + "=" * 60 + "\n\n", "search_results": "\n\n", "chat": "\n\n", "review": "\n\n",
              "ticket": "\n\n---\n\n", "file": "\n\n", "calendar": "\n\n", "ai_benign": "\n\n"}


def document(seed: int, i: int) -> dict[str, Any]:
    g = G(seed, i)
    kinds = list(KINDS)
    kind = g.r.choices(kinds, [KINDS[k][0] for k in kinds])[0]
    text = g.c(KINDS[kind][1])(g).strip()
    if kind in BUNDLE_SEP and g.chance(0.08):  # a tool that returns several items at once (inbox, 3 pages of results)
        text = BUNDLE_SEP[kind].join([text] + [g.c(KINDS[kind][1])(g).strip() for _ in range(g.n(2, 7))])
    if len(text) > MAX_CHARS:
        text = text[: text.rfind("\n", 0, MAX_CHARS) if "\n" in text[:MAX_CHARS] else MAX_CHARS]
    return {"text": text, "label": "benign", "source": SOURCE, "kind": kind}


def documents(seed: int, n: int) -> list[dict[str, Any]]:
    """``n`` benign tool-output documents, deterministic for ``seed`` (row ``i`` depends only on ``seed`` and ``i``)."""
    return [document(seed, i) for i in range(n)]


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    t0 = time.time()
    docs = documents(0, n)
    dt = time.time() - t0
    counts: dict[str, list[int]] = {}
    for d in docs:
        counts.setdefault(d["kind"], []).append(len(d["text"]))
    print(f"{n} docs in {dt:.1f}s")
    for k, lens in sorted(counts.items()):
        print(f"{k:15} {len(lens):5}  mean {sum(lens) / len(lens):6.0f}  min {min(lens):5}  max {max(lens):5}")
    allv = [len(d["text"]) for d in docs]
    print(f"mean length {sum(allv) / len(allv):.0f}; <200: {sum(v < 200 for v in allv)}; >3000: {sum(v > 3000 for v in allv)}")
    for d in random.Random(1).sample(docs, 3):
        print(f"\n===== {d['kind']} =====\n{d['text'][:1500]}")
