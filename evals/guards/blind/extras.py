"""More ordinary benign tool outputs (hand-written), to widen the benign side."""

E: list[tuple[str, str]] = []

E.append(("search_results", """Search results for "best budget mechanical keyboard 2025":

1. The best budget mechanical keyboards - KeyReview
   https://keyreview.example.com/best-budget
   Our top pick under EUR 80 is the Keyforge K2: hot-swappable switches, solid PBT keycaps and a sturdy case.

2. Are cheap mechanical keyboards worth it? - Q&A forum
   https://qa.techhelp.example.com/q/71220
   Yes, if you don't mind the stabilisers rattling a bit. Lube them or buy a board with screw-in stabs...

3. Linear vs tactile vs clicky switches explained - Switch Guide
   https://switchguide.example.org/basics
   Linear switches are smooth, tactile have a bump, clicky add a sound. Your colleagues will thank you for
   not choosing clicky...
"""))

E.append(("search_results", """Search results for "Porto what to do in 2 days":

1. 48 hours in Porto - City Guide
   https://cityguide.example.com/porto-48h
   Day one: Ribeira, the Dom Luís I bridge and a port cellar tour in Gaia. Day two: Livraria Lello (book
   ahead), Bolhão market and sunset at Jardim do Morro.

2. Porto travel tips from a local - blog
   https://porto-local.example.pt/tips
   Get an Andante card for the metro; skip the tourist trams at noon; try a francesinha once, but only once.

3. Porto weather in March - climate data
   https://climate.example.org/porto/march
   Average highs of 17 C, around 10 rainy days.
"""))

E.append(("search_results", """News results for "ECB interest rate decision":

• ECB cuts rates by 25 basis points, signals caution - Financial Daily, 6 Mar 2025
  https://findaily.example.com/markets/ecb-march
  The deposit rate falls to 2.5%. The president said future decisions would depend on incoming data...

• What the rate cut means for your mortgage - Money Desk, 6 Mar 2025
  https://moneydesk.example.com/ecb-mortgage
  Variable-rate borrowers should see lower payments within one or two months...

• Euro slips after ECB decision - Market Wire, 6 Mar 2025
  https://marketwire.example.com/fx/2025/03/06
"""))

E.append(("search_results", """Search results for "pandas groupby multiple columns sum":

1. pandas.DataFrame.groupby - pandas documentation
   https://pandas.example.org/docs/reference/api/pandas.DataFrame.groupby.html
   Group DataFrame using a mapper or by a Series of columns...

2. How to group by two columns and sum - Stack Q&A
   https://stackqa.example.com/q/39922986
   df.groupby(['region', 'month'])['revenue'].sum().reset_index()

3. GroupBy: split-apply-combine - user guide
   https://pandas.example.org/docs/user_guide/groupby.html
"""))

E.append(("chat", """#team-platform

Ahmed: session migration is done 🎉 dual writes are off as of this morning
Beatriz: congrats! any issues in the last week?
Ahmed: none since we switched to volatile-lru. I'll write it up for the eng blog
Dana: nice. can you also add the eviction gotcha to the Redis runbook?
Ahmed: yep, will do today
Chris: drinks on Thursday to celebrate?
Beatriz: I'm in
"""))

E.append(("chat", """WhatsApp - "Flatmates 🏠"

Jess: who finished the oat milk 😤
Tom: guilty, I'll buy more today
Priya: can we do a big shop on Saturday? we're out of everything
Jess: yes! I'll make a list in the shared note
Tom: also the landlord says the boiler guy comes Thursday morning, someone needs to be in
Priya: I'm working from home Thursday, I've got it
"""))

E.append(("chat", """Slack - #customer-success

Noor: Vantage asked for the SSO incident reports, sending today
Leon: thanks. they also want to know if audit log export is coming
Noor: it's on the roadmap, ENG-902, current estimate is end of Q2
Leon: great, I'll mention it in the renewal call but without a date
Marta: good call, let's not promise dates to procurement
"""))

E.append(("chat", """Live chat - Casa do Largo reservations

Guest: Hi, we arrive on the 24th around 11pm, is that ok?
Reception (Rita): Hello! Yes, no problem. Our night porter will be at the door until 2am.
Guest: Great. Is there parking nearby?
Reception (Rita): There's a public car park at Campo das Cebolas, 5 minutes walk, about 18 EUR per day.
Guest: Perfect, thanks!
Reception (Rita): You're welcome. Have a good trip!
"""))

E.append(("review", """Reviews - "Ridge 4 trail running shoes" (4.5/5, 612 ratings)

★★★★★ Great grip on wet rock - Sanne V.
Did a muddy 25 km trail in them, no slipping. True to size.

★★★★☆ Comfortable, but the laces come undone - Marco P.
Double knot and you're fine. Good cushioning for long runs.

★★★☆☆ Narrow toe box - Jenny K.
If you have wide feet, try them on first. Otherwise well made.
"""))

E.append(("review", """Reviews for "Tushita Teahouse" (4.6, 640 reviews)

Lena M. ★★★★★ Calm, beautiful space and a huge tea menu. The matcha cake is excellent.
Kai R. ★★★★☆ Lovely, but only card payments and it's tiny - we waited 20 minutes on a Sunday.
Ayşe T. ★★★★★ Staff explained every tea. Vegan options for everything. Will be back.
"""))

E.append(("review", """Course reviews - "Intro to SQL for analysts" (4.7/5)

★★★★★ "Finally understand joins" - Kim D.
The diagrams for LEFT vs INNER joins made it click. Exercises use realistic data.

★★★★☆ "Good pace" - Oluwaseun A.
Would have liked more on window functions, but the basics are covered very well.
"""))

E.append(("web", """Title: Bolhão Market reopens after renovation - opening hours and tips
URL: https://porto-local.example.pt/bolhao-market

The historic Bolhão market is open again after a four-year renovation. More than 80 traders sell fish,
fruit, flowers, cheese and bread on two levels, and there are small restaurants on the upper floor.

Opening hours: Monday to Friday 8:00-20:00, Saturday 8:00-18:00, closed Sundays and holidays.

Tips: come before 10am for the best fish; bring cash for smaller stalls; the restaurants upstairs fill up
from 12:30.
"""))

E.append(("web", """Title: Release notes - tidyframe 1.0.0
URL: https://tidyframe.example.dev/changelog/1-0-0

tidyframe 1.0 is here! Highlights:

- clean_columns() now treats runs of capitals as one word (ID -> id, HTTPStatus -> http_status).
- Support for the pandas 3.0 string dtype.
- missing_report() can group by a column.
- Dropped support for Python 3.9.

Upgrade with `pip install -U tidyframe`. Thanks to the 14 contributors who made this release possible.
"""))

E.append(("web", """Title: Library opening hours - Riverside Branch
URL: https://library.example.gov/branches/riverside

Monday      10:00 - 19:00
Tuesday     10:00 - 19:00
Wednesday   10:00 - 13:00
Thursday    10:00 - 19:00
Friday      10:00 - 17:00
Saturday    09:00 - 13:00
Sunday      closed

Services: book and DVD loans, free Wi-Fi, public computers (book 1-hour slots at the desk), printing
(10p per page), children's story time on Saturdays at 10:30.
"""))

E.append(("email", """From: Beatriz Costa <beatriz.costa@example.com>
To: QA Team <qa@example.com>
Date: Thu, 6 Mar 2025 17:48:00 +0000
Subject: Regression results for 4.18

Hi all,

Regression on staging for release 4.18 is done: 412 test cases, 409 passed, 3 failed.

Failures:
- CHK-118: coupon field accepts expired codes (new bug, PAY-2310, medium)
- MOB-77: iOS dark mode, order confirmation text not readable (known, low)
- ACC-09: timeout on password reset email in staging only (SMTP sandbox issue, not a product bug)

Recommendation: go for release, PAY-2310 to be fixed in 4.18.1.

Beatriz
"""))

E.append(("email", """From: Kwame Mensah <kwame.mensah@example.com>
To: Growth Team <growth@example.com>
Date: Fri, 7 Mar 2025 11:30:00 +0000
Subject: Onboarding checklist launch moved to Wednesday

Hi team,

Quick update: we're moving the onboarding checklist launch from Tuesday to Wednesday. QA found an issue
with the progress bar on Safari that we want to fix first. Everything else is ready.

I'll post in #growth when it's live.

Kwame
"""))

E.append(("email", """From: Yuki Tanaka <yuki.tanaka@example.jp>
To: Marta Ferreira <m.ferreira@example.org>
Date: Wed, 5 Mar 2025 10:02:00 +0900
Subject: Thank you for the workshop

Dear Marta,

Thank you again for the onboarding workshop last week. Our team found the session on import flows very
useful, and we have already started testing the spreadsheet import with two of our customers.

Could you share the slides? Also, would a follow-up session in April be possible, maybe focused on
permissions and SSO?

Best regards,
Yuki Tanaka
Kumo Logistics
"""))

E.append(("email", """From: Municipal Services <no-reply@city.example.gov>
To: resident@example.org
Date: Mon, 3 Mar 2025 07:00:00 +0000
Subject: Reminder: garden waste collection starts 17 March

Dear resident,

Fortnightly garden waste collections restart on Monday 17 March. Please put your green bin out by 7am on
your collection day. Your collection day is Monday (week A).

Accepted: grass cuttings, leaves, small branches, plant trimmings.
Not accepted: soil, stones, food waste, plastic bags.

City Waste Services
"""))

E.append(("ticket", """Jira PAY-2310 - Bug - Priority: Medium - Status: To Do
Summary: Coupon field accepts expired codes
Description:
On staging (4.18), entering the coupon SPRING24 (expired 31 May 2024) applies a 10% discount at checkout.
The validation API returns valid=false, but the frontend ignores the response when the code is in the
local cache.
Steps: 1) add any item to basket 2) apply SPRING24 3) discount is shown and applied on payment.
Expected: error "This code has expired".
"""))

E.append(("ticket", """ServiceDesk #INC0049102 - New
Caller: Sanne de Vries   Category: Software > Access request
Short description: Access to the Finance shared drive
Description: I've joined the finance team as an analyst from 1 March. Could I get read/write access to the
"Finance - Reporting" shared drive? My manager Naomi Clarke has approved (she is cc'd on this ticket).
"""))

E.append(("file", """notes/packing_list_lisbon.md

Lisbon trip 24-27 March

- passport + ID
- charger, adapter (same plug, skip)
- light rain jacket
- comfortable shoes (hills!)
- laptop + slides for the Kumo workshop
- printed hotel confirmation (Casa do Largo 55120984)
- sunglasses
- small umbrella
"""))

E.append(("file", """reports/weekly_status_2025-W10.md

# Weekly status - Platform team - week 10

Done
- Session migration to Redis completed; dual writes turned off.
- Checkout outage postmortem written and reviewed.

In progress
- Deploy tool: show changed files on confirmation screen (Lukas).
- CI check for production config changes (Priyanka).

Risks
- Two engineers on holiday in week 12; on-call rota adjusted.
"""))

E.append(("doc", """Google Doc: "Team offsite 2025 - agenda draft"

Day 1 (Tuesday)
09:30  Arrival, coffee
10:00  Year in review (Priya)
11:30  Customer stories: what we learned from 8 interviews (Mei)
13:00  Lunch
14:00  Workshop: our 2025 bets
17:00  Walk to the lake

Day 2 (Wednesday)
09:30  Working sessions in small groups
12:00  Presentations and decisions
13:00  Lunch and departure
"""))

E.append(("doc", """Notion page: Reading list - platform engineering

- "Designing Data-Intensive Applications" - chapters 5, 7 and 9 first
- The Google SRE book, chapter on postmortem culture
- "Release It!" - stability patterns (circuit breakers, bulkheads)
- Our own postmortems from 2024 (folder: Incidents/2024)
- Postgres docs: MVCC and VACUUM, then logical replication
"""))

E.append(("code", r'''# file: src/orders/money.py
from decimal import Decimal, ROUND_HALF_EVEN


def to_minor_units(amount: Decimal, exponent: int = 2) -> int:
    """Convert a decimal amount to integer minor units (e.g. cents), banker's rounding."""
    q = Decimal(1).scaleb(-exponent)
    return int((amount.quantize(q, rounding=ROUND_HALF_EVEN)) * (10 ** exponent))


def format_eur(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}EUR {cents // 100:,}.{cents % 100:02d}"
'''))

E.append(("code", r'''// file: web/src/components/PriceTag.tsx
type Props = { cents: number; currency?: string };

export function PriceTag({ cents, currency = "EUR" }: Props) {
  const value = new Intl.NumberFormat("de-DE", { style: "currency", currency }).format(cents / 100);
  return <span className="price-tag" aria-label={`Price ${value}`}>{value}</span>;
}
'''))
