"""The people of the demo: thirty volunteer admins and the names the organisations' members get."""

# ruff: noqa: RUF001 - German typography (the en dash) and Turkish names are meant as written

from __future__ import annotations

from typing import NamedTuple

DEMO_DOMAIN = "demo.techpaten.example"
PASSWORD = "techpaten-demo"  # noqa: S105 - the published demo password, printed by seed_demo

# The accounts a visitor of the demo logs in with (printed at the end of seed_demo).
STAFF_EMAIL = f"team@{DEMO_DOMAIN}"
KITA_ADMIN_EMAIL = f"kita@{DEMO_DOMAIN}"
KITA_MEMBER_EMAIL = f"erzieherin@{DEMO_DOMAIN}"
KITA_MEMBER_NAME = "Fatma Aydın"
VOLUNTEER_EMAIL = f"techpatin@{DEMO_DOMAIN}"
BOTH_EMAIL = f"jonas@{DEMO_DOMAIN}"  # volunteer and member of the garden club
REVIEWER_EMAIL = f"pruefung@{DEMO_DOMAIN}"  # a data-protection officer registered as reviewer
REVIEWER_NAME = "Dr. Petra Schulz"
REVIEWER_QUALIFICATION = "Datenschutzbeauftragte (zertifiziert), Berlin"


class Volunteer(NamedTuple):
    email: str
    name: str
    display_name: str
    bio: str
    plz: str
    skills: tuple[str, ...]
    sectors: tuple[str, ...]
    radius_km: int = 20
    remote_ok: bool = True
    hours: int = 4
    public: bool = True
    language: str = "de"


def _email(local: str) -> str:
    return f"{local}@{DEMO_DOMAIN}"


VOLUNTEERS: list[Volunteer] = [
    Volunteer(VOLUNTEER_EMAIL, "Lena Hoffmann", "Lena",
        "Ich betreue beruflich Linux-Server in einem Rechenzentrum und habe zwei Kinder in der Kita. Am liebsten "
        "richte ich Nextcloud so ein, dass Erzieherinnen sie ohne Handbuch bedienen können.",
        "10405", ("linux", "nextcloud", "backup", "gdpr", "training"), ("kita", "schule"), 25, True, 6),
    Volunteer(BOTH_EMAIL, "Jonas Becker", "Jonas (Gartenfreund)",
        "Netzwerker aus dem Wedding, gärtnere im Nachbarschaftsgarten und helfe gern Vereinen in der Nähe.",
        "13347", ("network", "linux", "clients"), ("verein", "initiative"), 15, False, 4),
    Volunteer(_email("mehmet.yilmaz"), "Mehmet Yılmaz", "Mehmet Y.",
        "Sysadmin bei einem Berliner Hoster. Mailserver, DNS und alles, was dafür sorgt, dass E-Mails ankommen.",
        "12043", ("mailserver", "linux", "security", "webhosting"), ("verein", "sonstige", "initiative"), 10),
    Volunteer(_email("sabine.kraus"), "Sabine Kraus", "Sabine",
        "Datenschutzbeauftragte im Hauptberuf, nebenbei Linux-Bastlerin. Ich erkläre gern, was man wirklich "
        "aufschreiben muss – und was nicht.",
        "10115", ("gdpr", "training", "nextcloud"), ("kita", "schule", "verein"), 30, True, 3),
    Volunteer(_email("tobias.wendt"), "Tobias Wendt", "Tobias",
        "Informatikstudent, baue seit Jahren Netzwerke für Freunde und Familie auf. Habe Zeit am Wochenende.",
        "10247", ("network", "clients", "linux"), ("wg", "initiative"), 15, False, 8),
    Volunteer(_email("anja.petersen"), "Anja Petersen", "Anja P.",
        "DevOps-Engineerin, Container, Backups und Monitoring. Ich helfe am liebsten remote und dokumentiere alles.",
        "12435", ("containers", "backup", "linux", "security"), ("verein", "sonstige"), 10, True, 4),
    Volunteer(_email("karl.schubert"), "Karl Schubert", "Karl",
        "Rentner, war 35 Jahre Netzwerkadministrator bei der Stadtverwaltung. Jetzt habe ich Zeit.",
        "13086", ("network", "clients", "training"), ("schule", "sonstige", "kita"), 20, False, 16),
    Volunteer(_email("sam.carter"), "Sam Carter", "Sam",
        "Site reliability engineer from Manchester, living in Berlin. Happy to help with Matrix, Jitsi and "
        "anything self-hosted. My German is fine for e-mails, meetings are better in English.",
        "12157", ("matrix", "video", "containers", "linux"), ("initiative", "verein"), 15, True, 4, True, "en"),
    # Potsdam
    Volunteer(_email("claudia.neumann"), "Claudia Neumann", "Claudia",
        "IT-Leiterin eines Mittelständlers, Mutter von drei Kindern. Schulen und Kitas liegen mir am Herzen.",
        "14469", ("network", "security", "gdpr", "clients"), ("schule", "kita"), 25, True, 3),
    Volunteer(_email("finn.lorenz"), "Finn Lorenz", "Finn",
        "Webentwickler, WordPress und statische Seiten. Ich baue Seiten, die man selbst pflegen kann.",
        "14482", ("webhosting", "training"), ("verein", "initiative", "sonstige"), 30, True, 5),
    Volunteer(_email("heike.brandt"), "Heike Brandt", "Heike B.",
        "Ich unterrichte Informatik an einer Berufsschule und mache gern Schulungen für Menschen ohne "
        "Vorkenntnisse.",
        "14471", ("training", "clients", "nextcloud"), ("kita", "sonstige"), 20, True, 2, False),
    # Hamburg
    Volunteer(_email("jan.hansen"), "Jan Hansen", "Jan",
        "Linux-Admin bei einer Reederei. Nextcloud, Backups mit Borg und ein Faible für gute Dokumentation.",
        "22765", ("linux", "nextcloud", "backup"), ("kita", "wg", "verein"), 15, True, 4),
    Volunteer(_email("merle.jacobsen"), "Merle Jacobsen", "Merle",
        "Netzwerktechnikerin, WLAN-Ausleuchtung ist mein Hobby. Ich komme gern vorbei und messe nach.",
        "20255", ("network", "security"), ("schule", "wg"), 20, False, 6),
    Volunteer(_email("ole.petersen"), "Ole Petersen", "Ole",
        "Entwickler, betreibe privat Matrix und Mastodon. Ich helfe Initiativen, unabhängig zu kommunizieren.",
        "22085", ("matrix", "linux", "containers"), ("initiative",), 10, True, 4),
    Volunteer(_email("dilara.oz"), "Dilara Öz", "Dilara",
        "IT-Sicherheitsberaterin. Passwortmanager, Zwei-Faktor-Anmeldung und Notfallpläne für kleine Teams.",
        "20097", ("security", "gdpr", "training"), ("verein", "sonstige", "initiative"), 15, True, 3, False),
    # München
    Volunteer(_email("markus.huber"), "Markus Huber", "Markus",
        "Systemadministrator an der Uni, betreue dort BigBlueButton. Videokonferenzen sind mein Ding.",
        "80469", ("video", "linux", "network"), ("schule", "verein"), 20, True, 4),
    Volunteer(_email("theresa.maier"), "Theresa Maier", "Theresa",
        "Ich arbeite im Support eines Softwarehauses und erkläre seit zehn Jahren Technik am Telefon.",
        "80797", ("training", "clients", "nextcloud"), ("kita", "wg", "sonstige"), 10, True, 4),
    Volunteer(_email("priya.nair"), "Priya Nair", "Priya",
        "Cloud engineer, originally from Kochi. I enjoy setting up backups and mail for small groups, remote only.",
        "81541", ("backup", "mailserver", "containers"), ("verein", "initiative"), 5, True, 3, True, "en"),
    # Köln
    Volunteer(_email("stefan.koch"), "Stefan Koch", "Stefan K.",
        "Freiberuflicher Admin für Arztpraxen und Kanzleien. Ehrenamtlich helfe ich Kitas und Schulen in "
        "Ehrenfeld.",
        "50674", ("linux", "network", "security", "backup"), ("kita", "schule"), 15, False, 4),
    Volunteer(_email("nina.wagner"), "Nina Wagner", "Nina",
        "Webdesignerin und Datenschutz-Nerd. Seiten ohne Google Fonts und ohne Tracking.",
        "50823", ("webhosting", "gdpr"), ("verein", "initiative", "sonstige"), 15, True, 5),
    Volunteer(_email("lukas.schmitz"), "Lukas Schmitz", "Lukas",
        "Azubi zum Fachinformatiker. Ich möchte Erfahrung sammeln und helfe gern bei Rechnern und WLAN.",
        "51065", ("clients", "network"), ("schule", "wg", "sonstige"), 10, False, 10),
    # Leipzig
    Volunteer(_email("katrin.vogel"), "Katrin Vogel", "Katrin",
        "Linux-Admin in einem Forschungsinstitut, Nextcloud seit Version 9. Ich mag Projekte, die bleiben.",
        "04107", ("nextcloud", "linux", "backup", "security"), ("kita", "verein", "initiative"), 20, True, 4),
    Volunteer(_email("paul.richter"), "Paul Richter", "Paul",
        "Mail- und Webhosting seit den Neunzigern. Ich helfe auch beim Aufräumen alter Verträge.",
        "04277", ("mailserver", "webhosting", "linux"), ("verein", "sonstige"), 25, True, 3),
    Volunteer(_email("mira.zimmermann"), "Mira Zimmermann", "Mira",
        "Ich betreibe einen Matrix-Server für mein Hausprojekt und helfe gern anderen WGs und Initiativen.",
        "04315", ("matrix", "network", "training"), ("wg", "initiative"), 10, True, 4),
    # Freiburg
    Volunteer(_email("felix.bauer"), "Felix Bauer", "Felix",
        "Admin bei einem Freiburger Ökostromanbieter. Backups, Monitoring, Nextcloud.",
        "79102", ("backup", "nextcloud", "linux"), ("verein", "schule"), 20, True, 4),
    Volunteer(_email("johanna.keller"), "Johanna Keller", "Johanna",
        "Lehrerin mit IT-Vergangenheit. Ich helfe Schulen beim WLAN und bei Tablets.",
        "79106", ("network", "clients", "training"), ("schule", "kita"), 15, False, 3, False),
    # Kassel
    Volunteer(_email("daniel.roth"), "Daniel Roth", "Daniel",
        "Selbstständiger IT-Dienstleister mit Herz fürs Ehrenamt. Netzwerk, Clients, Backups.",
        "34117", ("network", "clients", "backup"), ("verein", "sonstige", "kita"), 30, True, 4),
    Volunteer(_email("eva.schaefer"), "Eva Schäfer", "Eva",
        "Datenschutzkoordinatorin an einer Hochschule. Ich helfe beim Papierkram: VVT, AVV, Einwilligungen.",
        "34131", ("gdpr", "training"), ("kita", "schule", "verein"), 20, True, 2),
    # Dresden, Frankfurt
    Volunteer(_email("robert.wolf"), "Robert Wolf", "Robert",
        "Linux seit 1998. Ich helfe Senioren und kleinen Vereinen, gern auch aus der Ferne.",
        "01099", ("linux", "clients", "training", "mailserver"), ("sonstige", "verein"), 20, True, 8, False),
    Volunteer(_email("aylin.demir"), "Aylin Demir", "Aylin",
        "Cloud-Architektin, zwei Kinder in einer Elterninitiative. Ich weiß, wie wenig Zeit Eltern haben.",
        "60316", ("nextcloud", "containers", "security", "backup"), ("kita", "schule"), 15, True, 3),
]  # fmt: skip

# Names for the organisations' admins and members (invented, common German names).
FIRST_NAMES = [
    "Andrea", "Birgit", "Christian", "Doris", "Elif", "Frank", "Gabriele", "Hannah", "Ines", "Jürgen", "Kerstin",
    "Leonie", "Martin", "Nadine", "Oliver", "Petra", "Ralf", "Sandra", "Thomas", "Ulrike", "Vanessa", "Wolfgang",
    "Yasemin", "Zoe", "Ahmed", "Bettina", "Carsten", "Dana", "Emil", "Franziska", "Georg", "Helga", "Irina",
    "Jakob", "Katharina", "Lars", "Monika", "Nils", "Olga", "Pia",
]  # fmt: skip
LAST_NAMES = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Schulz", "Becker", "Hoffmann",
    "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Lehmann", "Köhler",
]  # fmt: skip
