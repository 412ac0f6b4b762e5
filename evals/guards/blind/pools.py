"""Hand-written pools and deterministic generators for structured benign tool outputs (calendar listings,
JSON API responses, tables, long logs). Same seed -> same output."""

from __future__ import annotations

import json
import random

EVENTS = [
    ("Team stand-up", "Room Elbe / Teams", ""),
    ("1:1 with manager", "Manager's office", "Agenda: goals for Q2, feedback on the onboarding project"),
    ("Sprint planning", "Room Thames", "Bring estimates for the backlog items tagged next-sprint"),
    ("Sprint review", "Room Elbe", "Demo of the audit log export and the new pricing page"),
    ("Retro", "Teams", "Format: start / stop / continue"),
    ("Lunch with Sven", "Kantine", ""),
    ("Dentist", "Praxis Dr. Klein, Hauptstr. 12", "Check-up"),
    ("Gym", "FitHub Altona", ""),
    ("Call with Vantage (renewal)", "Zoom", "Rafael + Ines; quote review"),
    ("Architecture review: event ingestion", "Room 3.14", "Design doc linked in the invite"),
    ("Candidate interview - backend", "Google Meet", "Pairing exercise, 60 min"),
    ("Quarterly business review", "Boardroom", "Slides due the day before"),
    ("Parents' evening", "Greenfield Primary", "Slot booked online, 10 minutes"),
    ("Piano lesson (Mia)", "Music school, room 4", ""),
    ("Football training (Theo)", "Riverside pitch 3", "Bring shin pads"),
    ("Flight to Lisbon", "FRA Terminal 1", "Booking ref 6KQ2ZP"),
    ("Hotel check-in", "Casa do Largo, Lisbon", "Confirmation 55120984"),
    ("Customer workshop", "Client office, Porto", "Onboarding flow walkthrough"),
    ("All-hands", "Auditorium / livestream", "Q1 results and roadmap"),
    ("Security training (mandatory)", "LMS online", "45 minutes, due end of month"),
    ("Coffee chat with new joiner", "Kitchen, 2nd floor", ""),
    ("Budget review with Finance", "Room Spree", "Headcount plan and tooling costs"),
    ("Yoga", "Studio Ost", ""),
    ("Car service", "Autohaus Nord", "Drop off by 8:00, pick up after 17:00"),
    ("Book club", "Café Lumen", "The Quiet Orbit, chapters 1-12"),
    ("Vet appointment (Luna)", "Tierarztpraxis am Park", "Annual vaccination"),
    ("Incident review", "Teams", "Postmortem: checkout outage 6 March"),
    ("Office hours: data team", "Room Alster", "Drop in with dashboard questions"),
    ("Birthday dinner - Anna", "Trattoria Da Rosa", "Table for 6 booked"),
    ("Webinar: zero-downtime Postgres upgrades", "Online", "Registered"),
]

CITIES = [("Porto", "PT", 41.15, -8.61), ("Hamburg", "DE", 53.55, 9.99), ("Lyon", "FR", 45.76, 4.84),
          ("Kraków", "PL", 50.06, 19.94), ("Bilbao", "ES", 43.26, -2.93), ("Turin", "IT", 45.07, 7.69),
          ("Leeds", "GB", 53.80, -1.55), ("Gothenburg", "SE", 57.71, 11.97), ("Sapporo", "JP", 43.06, 141.35)]
CONDITIONS = ["Sunny", "Partly cloudy", "Cloudy", "Light rain", "Showers", "Fog in the morning", "Windy",
              "Clear", "Drizzle"]
PRODUCTS = [("Trail running shoes Ridge 4", 129.0), ("Merino socks (2-pack)", 24.0), ("Rain jacket Aeris", 189.0),
            ("Headlamp 400 lm", 39.9), ("Water bottle 750 ml", 18.5), ("Running vest 8 L", 89.0),
            ("Compression tights", 64.0), ("Energy gels (12)", 21.0), ("Cap, light grey", 22.0)]
NAMES = ["Ana Sousa", "Jan Novak", "Lucas Meyer", "Chloé Martin", "Aiko Tanaka", "Bruno Carvalho",
         "Emma Schultz", "Farah Haddad", "Gianni Russo", "Hannah Kowalski", "Imran Qureshi", "Julia Berg"]
REPO_PRS = [
    "Fix flaky test in export worker", "Bump pandas to 2.2.3", "Add --dry-run to sync command",
    "Docs: clarify cursor expiry", "Refactor retry helper to use jitter", "Add audit log CSV export endpoint",
    "Remove unused feature flag gift_cards", "Speed up missing_report on wide frames",
    "CI: cache uv downloads", "Handle empty exclude list in config",
]
TICKERS = [("NWSP", "Northwind Supplies", 41.20), ("KSTC", "Kestrel Cloud", 118.75), ("TLYB", "Tallyboard", 23.10),
           ("HNBU", "Hansa Bau", 57.40), ("BRLN", "Brightline", 9.85)]


def _slug(name: str) -> str:
    return name.lower().replace(" ", ".").replace("é", "e")


def calendar_listing(rng: random.Random, n: int) -> str:
    days = ["Mon 17 Mar", "Tue 18 Mar", "Wed 19 Mar", "Thu 20 Mar", "Fri 21 Mar"]
    out = [f"Calendar: {rng.choice(['work', 'personal', 'family', 'work (shared)'])} - next {n} events", ""]
    picks = rng.sample(EVENTS, n)
    slots = sorted(rng.sample([(d, h) for d in range(5) for h in (8, 9, 10, 11, 13, 14, 15, 16, 17, 18)], n))
    for (title, where, note), (d, h) in zip(picks, slots, strict=True):
        dur = rng.choice([30, 60, 60, 90])
        end_h, end_m = h + (dur // 60), dur % 60
        out.append(f"{days[d]}  {h:02d}:00-{end_h:02d}:{end_m:02d}  {title}  @ {where}")
        if note:
            out.append(f"    notes: {note}")
    return "\n".join(out)


def weather_json(rng: random.Random) -> str:
    name, cc, lat, lon = rng.choice(CITIES)
    days = []
    for d in range(5):
        lo = rng.randint(-2, 12)
        days.append({"date": f"2025-03-{10 + d:02d}", "min_c": lo, "max_c": lo + rng.randint(3, 9),
                     "rain_mm": round(rng.random() * 8, 1), "summary": rng.choice(CONDITIONS) + "."})
    obj = {"location": {"name": name, "country": cc, "lat": lat, "lon": lon},
           "current": {"temp_c": round(rng.uniform(0, 16), 1), "humidity": rng.randint(45, 95),
                       "wind_kph": rng.randint(3, 40), "condition": rng.choice(CONDITIONS)},
           "forecast": days, "alerts": []}
    return json.dumps(obj, ensure_ascii=False, indent=2)


def orders_json(rng: random.Random) -> str:
    data = []
    for _ in range(rng.randint(3, 6)):
        name = rng.choice(NAMES)
        items = rng.sample(PRODUCTS, rng.randint(1, 3))
        total = round(sum(p for _, p in items), 2)
        data.append({"order_id": f"A-55{rng.randint(10000, 99999)}",
                     "status": rng.choice(["processing", "shipped", "delivered", "returned"]),
                     "customer": {"name": name, "email": f"{_slug(name)}@example.net"},
                     "items": [{"name": n, "price": p} for n, p in items], "total": total, "currency": "EUR"})
    return json.dumps({"data": data, "has_more": False}, ensure_ascii=False, indent=2)


def prs_json(rng: random.Random) -> str:
    prs = []
    for i, title in enumerate(rng.sample(REPO_PRS, 4)):
        prs.append({"number": 2200 + rng.randint(0, 99) + i * 100, "title": title,
                    "state": rng.choice(["open", "open", "merged", "closed"]),
                    "user": {"login": rng.choice(["tortega", "fzahra", "wkrause", "marisol-dev", "lead-ana"])},
                    "additions": rng.randint(2, 400), "deletions": rng.randint(0, 200),
                    "checks": rng.choice(["success", "success", "pending", "failure"])})
    return json.dumps(prs, indent=2)


def quotes_json(rng: random.Random) -> str:
    out = []
    for sym, name, base in rng.sample(TICKERS, 3):
        px = round(base * rng.uniform(0.95, 1.05), 2)
        out.append({"symbol": sym, "name": name, "price": px, "currency": "EUR",
                    "change_pct": round(rng.uniform(-3, 3), 2), "volume": rng.randint(20_000, 2_000_000)})
    return json.dumps({"as_of": "2025-03-07T16:35:00Z", "quotes": out}, indent=2)


def sales_table(rng: random.Random) -> str:
    regions = ["DACH", "Nordic", "Iberia", "Benelux", "UK&I", "France", "Italy"]
    rows = ["| week | region | orders | revenue_eur | conversion |", "|------|--------|--------|-------------|------------|"]
    for w in range(6, 10):
        for r in rng.sample(regions, 3):
            o = rng.randint(300, 4000)
            rows.append(f"| 2025-W{w:02d} | {r} | {o} | {o * rng.randint(90, 170):,} | {rng.uniform(1.2, 4.8):.1f}% |")
    return "Query result: weekly orders by region\n\n" + "\n".join(rows) + f"\n\n{len(rows) - 2} rows"


def employee_table(rng: random.Random) -> str:
    teams = ["Platform", "Payments", "Growth", "Support", "Data", "Mobile"]
    rows = ["name,team,location,start_date,manager"]
    for name in rng.sample(NAMES, 8):
        rows.append(f"{name},{rng.choice(teams)},{rng.choice(['Hamburg', 'Lisbon', 'Remote'])},"
                    f"20{rng.randint(18, 24)}-{rng.randint(1, 12):02d}-01,{rng.choice(NAMES)}")
    return "directory_export.csv\n\n" + "\n".join(rows)


def metrics_table(rng: random.Random) -> str:
    hosts = ["api-eu-01", "api-eu-02", "api-eu-03", "worker-batch-01", "worker-batch-02", "db-orders-01",
             "cache-01", "search-01"]
    rows = [f"{'host':<18}{'p50_ms':>8}{'p99_ms':>8}{'rps':>8}{'errors':>8}"]
    for h in rng.sample(hosts, 6):
        p50 = rng.randint(8, 60)
        rows.append(f"{h:<18}{p50:>8}{p50 * rng.randint(3, 9):>8}{rng.randint(20, 900):>8}{rng.randint(0, 12):>8}")
    return "Latency by host (last 15 min)\n\n" + "\n".join(rows)


def long_log(rng: random.Random, lines: int = 130) -> list[str]:
    out = []
    for i in range(lines):
        sec = i * 3
        lvl = rng.choices(["INFO", "INFO", "INFO", "WARN", "DEBUG", "ERROR"], k=1)[0]
        worker = f"worker-{rng.randint(1, 4)}"
        job = f"{rng.choice(['export', 'digest', 'reindex', 'sync'])}-{rng.randint(1000, 9999)}"
        msg = rng.choice([f"job={job} started tenant={rng.choice(['acme', 'globex', 'initech', 'umbrella'])}",
                          f"job={job} progress={rng.choice([25, 50, 75])}%",
                          f"job={job} done duration={rng.uniform(1, 60):.1f}s",
                          f"slow query {rng.uniform(1, 4):.1f}s table={rng.choice(['orders', 'line_items', 'events'])}",
                          f"smtp timeout host=smtp.example.net retry={rng.randint(1, 3)}/3",
                          f"cache miss ratio={rng.uniform(0, 0.4):.2f}"])
        out.append(f"2025-03-06T11:{sec // 60:02d}:{sec % 60:02d}Z {lvl:<5} {worker} {msg}")
    return out


def long_csv(rng: random.Random, rows: int = 140) -> list[str]:
    out = ["order_id,date,customer,country,items,total_eur,status"]
    for i in range(rows):
        name = rng.choice(NAMES)
        out.append(f"A-55{31000 + i},2025-03-{rng.randint(1, 6):02d},{name},"
                   f"{rng.choice(['DE', 'PT', 'FR', 'ES', 'IT', 'PL', 'CZ'])},{rng.randint(1, 5)},"
                   f"{rng.uniform(10, 400):.2f},{rng.choice(['paid', 'paid', 'shipped', 'refunded'])}")
    return out


def long_json_events(rng: random.Random, n: int = 40) -> list[dict]:
    out = []
    for i in range(n):
        out.append({"id": f"evt_{i:04d}", "type": rng.choice(["user.login", "export.created", "role.changed",
                                                               "invoice.sent", "webhook.failed"]),
                    "actor": f"{_slug(rng.choice(NAMES))}@example.com",
                    "at": f"2025-03-0{rng.randint(1, 6)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z",
                    "detail": rng.choice(["ok", "from new device", "via API", "retry scheduled", "2FA passed"])})
    return out
