<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<context>
    <name>AccessLog</name>
    <message>
        <source>Opened</source>
        <translation>Åbnet</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>No citizen was named for the access log.</source>
        <translation>Der er ikke angivet en borger til adgangsloggen.</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>Stamdata</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Intervention plan</source>
        <translation>Indsatsplan</translation>
    </message>
    <message>
        <source>Goal in the intervention plan</source>
        <translation>Mål i indsatsplanen</translation>
    </message>
    <message>
        <source>Intervention in the plan</source>
        <translation>Indsats i indsatsplanen</translation>
    </message>
    <message>
        <source>Progression rating</source>
        <translation>Progressionsmåling</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Professional note</source>
        <translation>Fagligt notat</translation>
    </message>
    <message>
        <source>Interdisciplinary conference</source>
        <translation>Tværfaglig konference</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 oprettet</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 slettet</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 ændret</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The citizen&apos;s page</source>
        <translation>Borgerens side</translation>
    </message>
    <message>
        <source>The intervention plan, on paper</source>
        <translation>Indsatsplanen, på papir</translation>
    </message>
    <message>
        <source>The intervention plan as PDF</source>
        <translation>Indsatsplanen som PDF</translation>
    </message>
    <message>
        <source>The day view of appointments</source>
        <translation>Dagsoversigten over aftaler</translation>
    </message>
    <message>
        <source>Everything about the citizen (PDF and data file)</source>
        <translation>Alt om borgeren (PDF og datafil)</translation>
    </message>
    <message>
        <source>Entry in the access log</source>
        <translation>Post i adgangsloggen</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>ydelse</translation>
    </message>
    <message>
        <source>benefit start</source>
        <translation>ydelsens start</translation>
    </message>
    <message>
        <source>target group</source>
        <translation>målgruppe</translation>
    </message>
    <message>
        <source>coordinating caseworker</source>
        <translation>koordinerende sagsbehandler</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>afslutning</translation>
    </message>
    <message>
        <source>outcome date</source>
        <translation>afslutningsdato</translation>
    </message>
    <message>
        <source>decided risk</source>
        <translation>besluttet risiko</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>begrundelse</translation>
    </message>
    <message>
        <source>employment goal</source>
        <translation>beskæftigelsesmål</translation>
    </message>
    <message>
        <source>kind of goal</source>
        <translation>målets art</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>timer om ugen</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>måldato</translation>
    </message>
    <message>
        <source>what matters to the citizen</source>
        <translation>hvad der betyder noget for borgeren</translation>
    </message>
    <message>
        <source>first step</source>
        <translation>første skridt</translation>
    </message>
    <message>
        <source>agreed on</source>
        <translation>aftalt den</translation>
    </message>
    <message>
        <source>how it was agreed</source>
        <translation>hvordan den blev aftalt</translation>
    </message>
    <message>
        <source>present at the agreement</source>
        <translation>til stede ved aftalen</translation>
    </message>
    <message>
        <source>order</source>
        <translation>rækkefølge</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>success criterion</source>
        <translation>succeskriterium</translation>
    </message>
    <message>
        <source>intervention tracks</source>
        <translation>indsatsspor</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ansvarlig</translation>
    </message>
    <message>
        <source>achieved on</source>
        <translation>nået den</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>udfører</translation>
    </message>
    <message>
        <source>external provider</source>
        <translation>ekstern udfører</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>startdato</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>slutdato</translation>
    </message>
    <message>
        <source>reason for stopping</source>
        <translation>årsag til stop</translation>
    </message>
    <message>
        <source>goals served</source>
        <translation>mål, den støtter</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>rated on</source>
        <translation>vurderet den</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>kommentar</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>medarbejder</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>slut</translation>
    </message>
    <message>
        <source>place</source>
        <translation>sted</translation>
    </message>
    <message>
        <source>late</source>
        <translation>forsinket</translation>
    </message>
    <message>
        <source>given on</source>
        <translation>givet den</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>omfang</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>withdrawn on</source>
        <translation>trukket tilbage den</translation>
    </message>
    <message>
        <source>ICF findings</source>
        <translation>ICF-fund</translation>
    </message>
    <message>
        <source>personal factors</source>
        <translation>personlige faktorer</translation>
    </message>
    <message>
        <source>what it means for job or education</source>
        <translation>betydning for job eller uddannelse</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>underskrevet</translation>
    </message>
    <message>
        <source>held on</source>
        <translation>afholdt den</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltagere</translation>
    </message>
    <message>
        <source>draft goals</source>
        <translation>udkast til mål</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notater</translation>
    </message>
    <message>
        <source>concluded</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>intervention plan</source>
        <translation>indsatsplan</translation>
    </message>
    <message>
        <source>created</source>
        <translation>oprettet</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>borger</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>spørgeskema</translation>
    </message>
    <message>
        <source>questionnaire version</source>
        <translation>spørgeskemaets version</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>point</translation>
    </message>
    <message>
        <source>proposed risk</source>
        <translation>foreslået risiko</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>vurdering</translation>
    </message>
    <message>
        <source>screened by</source>
        <translation>screenet af</translation>
    </message>
    <message>
        <source>screened</source>
        <translation>screenet</translation>
    </message>
    <message>
        <source>earlier version</source>
        <translation>tidligere version</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>interdisciplinary conference</source>
        <translation>tværfaglig konference</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>parent goal</source>
        <translation>overordnet mål</translation>
    </message>
    <message>
        <source>rated by whom</source>
        <translation>vurderet af hvem</translation>
    </message>
    <message>
        <source>recorded by</source>
        <translation>registreret af</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>booking</translation>
    </message>
    <message>
        <source>booked by</source>
        <translation>booket af</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booket</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registreret</translation>
    </message>
    <message>
        <source>author</source>
        <translation>forfatter</translation>
    </message>
    <message>
        <source>profession</source>
        <translation>faggruppe</translation>
    </message>
    <message>
        <source>talk</source>
        <translation>samtale</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>underskrift</translation>
    </message>
    <message>
        <source>concluded by</source>
        <translation>afsluttet af</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tidspunkt</translation>
    </message>
    <message>
        <source>action</source>
        <translation>handling</translation>
    </message>
    <message>
        <source>detail</source>
        <translation>detalje</translation>
    </message>
    <message>
        <source>kind of record</source>
        <translation>slags oplysning</translation>
    </message>
    <message>
        <source>record</source>
        <translation>oplysning</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>felter</translation>
    </message>
    <message>
        <source>The whole database (a leader&apos;s full export)</source>
        <translation>Hele databasen (en leders fulde eksport)</translation>
    </message>
    <message>
        <source>Read on the command line (%1)</source>
        <translation>Læst på kommandolinjen (%1)</translation>
    </message>
    <message>
        <source>reason for booking outside the rules</source>
        <translation>begrundelse for booking uden for reglerne</translation>
    </message>
    <message>
        <source>Placement at a company</source>
        <translation>Praktik eller job i en virksomhed</translation>
    </message>
    <message>
        <source>Consent to share health information with a company</source>
        <translation>Samtykke til at dele helbredsoplysninger med en virksomhed</translation>
    </message>
    <message>
        <source>company</source>
        <translation>virksomhed</translation>
    </message>
    <message>
        <source>the company&apos;s offer</source>
        <translation>virksomhedens tilbud</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>opgaver</translation>
    </message>
    <message>
        <source>accommodations (skånehensyn)</source>
        <translation>skånehensyn</translation>
    </message>
    <message>
        <source>further accommodations</source>
        <translation>yderligere skånehensyn</translation>
    </message>
    <message>
        <source>the company&apos;s contact person</source>
        <translation>virksomhedens kontaktperson</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>follow-ups with the company</source>
        <translation>opfølgninger med virksomheden</translation>
    </message>
    <message>
        <source>how it ended</source>
        <translation>hvordan det sluttede</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>indsats</translation>
    </message>
    <message>
        <source>company consultant</source>
        <translation>virksomhedskonsulent</translation>
    </message>
    <message>
        <source>what the company may know</source>
        <translation>hvad virksomheden må vide</translation>
    </message>
    <message>
        <source>The agreement of a placement at a company, on paper</source>
        <translation>Aftalen om praktik eller job i en virksomhed, på papir</translation>
    </message>
    <message>
        <source>The agreement of a placement at a company as PDF</source>
        <translation>Aftalen om praktik eller job i en virksomhed som PDF</translation>
    </message>
</context>
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Coordinating caseworker</source>
        <translation>Koordinerende sagsbehandler</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Fysioterapeut</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Sygeplejerske</translation>
    </message>
    <message>
        <source>Company consultant</source>
        <translation>Virksomhedskonsulent</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
</context>
<context>
    <name>Accommodations</name>
    <message>
        <source>No heavy lifting</source>
        <translation>Ingen tunge løft</translation>
    </message>
    <message>
        <source>Short days to start with</source>
        <translation>Korte dage i starten</translation>
    </message>
    <message>
        <source>Varied positions: sitting and standing by turns</source>
        <translation>Skiftende stillinger: siddende og stående på skift</translation>
    </message>
    <message>
        <source>One clear task at a time, with written instructions</source>
        <translation>Én klar opgave ad gangen, med skriftlig instruktion</translation>
    </message>
    <message>
        <source>A quiet workplace without much noise and bustle</source>
        <translation>En rolig arbejdsplads uden meget larm og uro</translation>
    </message>
    <message>
        <source>Low time pressure</source>
        <translation>Lavt tidspres</translation>
    </message>
    <message>
        <source>A fixed contact person at the workplace</source>
        <translation>En fast kontaktperson på arbejdspladsen</translation>
    </message>
    <message>
        <source>Flexible start of the day</source>
        <translation>Fleksibel mødetid</translation>
    </message>
</context>
<context>
    <name>AppointmentKinds</name>
    <message>
        <source>First conversation</source>
        <translation>Første samtale</translation>
    </message>
    <message>
        <source>Physiotherapist talk</source>
        <translation>Samtale med fysioterapeut</translation>
    </message>
    <message>
        <source>Psychologist talk</source>
        <translation>Samtale med psykolog</translation>
    </message>
    <message>
        <source>Nurse talk</source>
        <translation>Samtale med sygeplejerske</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konference</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Plan meeting</source>
        <translation>Planmøde</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>The staff member does not exist.</source>
        <translation>Medarbejderen findes ikke.</translation>
    </message>
    <message>
        <source>The weekday must be 1 (Monday) to 7 (Sunday).</source>
        <translation>Ugedagen skal være 1 (mandag) til 7 (søndag).</translation>
    </message>
    <message>
        <source>Working hours must end after they start, on the same day (hours across midnight are not supported).</source>
        <translation>Arbejdstiden skal slutte efter den begynder, samme dag (arbejdstid hen over midnat understøttes ikke).</translation>
    </message>
    <message>
        <source>The citizen does not exist.</source>
        <translation>Borgeren findes ikke.</translation>
    </message>
    <message>
        <source>Choose a staff member for the appointment.</source>
        <translation>Vælg en medarbejder til aftalen.</translation>
    </message>
    <message>
        <source>The appointment needs a start and an end time.</source>
        <translation>Aftalen skal have et start- og et sluttidspunkt.</translation>
    </message>
    <message>
        <source>The appointment must end after it starts.</source>
        <translation>Aftalen skal slutte efter den begynder.</translation>
    </message>
    <message>
        <source>An appointment cannot run past midnight.</source>
        <translation>En aftale kan ikke gå hen over midnat.</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 kl. %2–%3</translation>
    </message>
    <message>
        <source>Double booking: %1 already has an appointment (%2) at %3.</source>
        <translation>Dobbeltbooking: %1 har allerede en aftale (%2) %3.</translation>
    </message>
    <message>
        <source>the staff member</source>
        <translation>medarbejderen</translation>
    </message>
    <message>
        <source>Double booking: the citizen already has an appointment (%1) with %2 at %3.</source>
        <translation>Dobbeltbooking: borgeren har allerede en aftale (%1) med %2 %3.</translation>
    </message>
    <message>
        <source>a staff member</source>
        <translation>en medarbejder</translation>
    </message>
    <message>
        <source>There is nothing to book.</source>
        <translation>Der er intet at booke.</translation>
    </message>
    <message>
        <source>The appointment does not exist.</source>
        <translation>Aftalen findes ikke.</translation>
    </message>
    <message>
        <source>The appointment %1 has not started yet; it can be marked held or no-show from then on.</source>
        <translation>Aftalen %1 er ikke begyndt endnu; den kan markeres som afholdt eller udeblevet, når den er begyndt.</translation>
    </message>
    <message>
        <source>The working hours of %1 are not saved: %2</source>
        <translation>Arbejdstiderne for %1 er ikke gemt: %2</translation>
    </message>
    <message>
        <source>A booking is made now or was made earlier, never in the future.</source>
        <translation>En booking foretages nu eller er foretaget tidligere, aldrig i fremtiden.</translation>
    </message>
    <message>
        <source>Only a team-day talk (physiotherapist, psychologist, nurse) can be marked not needed.</source>
        <translation>Kun en samtale i det tværfaglige team (fysioterapeut, psykolog, sygeplejerske) kan markeres som ikke nødvendig.</translation>
    </message>
    <message>
        <source>The talk is marked held, so it was needed; it cannot be marked not needed.</source>
        <translation>Samtalen er markeret som afholdt, så den var nødvendig; den kan ikke markeres som ikke nødvendig.</translation>
    </message>
</context>
<context>
    <name>AppointmentStatuses</name>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Ikke nødvendig</translation>
    </message>
</context>
<context>
    <name>BatchFile</name>
    <message>
        <source>the file is incomplete (it may still be arriving on the shared drive)</source>
        <translation>filen er ufuldstændig (den er måske ved at blive kopieret til det fælles drev)</translation>
    </message>
    <message>
        <source>the file is not a Samspil sync file or is damaged</source>
        <translation>filen er ikke en Samspil-synkroniseringsfil, eller den er beskadiget</translation>
    </message>
    <message>
        <source>the file was written by a newer version of Samspil (format %1); update Samspil on this PC</source>
        <translation>filen er skrevet af en nyere version af Samspil (format %1); opdatér Samspil på denne pc</translation>
    </message>
    <message>
        <source>the file is damaged (its contents cannot be read)</source>
        <translation>filen er beskadiget (indholdet kan ikke læses)</translation>
    </message>
    <message>
        <source>the file is damaged (it holds %1 changes, its header says %2)</source>
        <translation>filen er beskadiget (den indeholder %1 ændringer, men dens hoved siger %2)</translation>
    </message>
    <message>
        <source>the file is larger than any file Samspil writes</source>
        <translation>filen er større end nogen fil, Samspil skriver</translation>
    </message>
    <message>
        <source>the file is in the unsealed format of earlier versions, which is no longer trusted</source>
        <translation>filen er i tidligere versioners uforseglede format, som ikke længere stoles på</translation>
    </message>
    <message>
        <source>the file is not the kind of file its name says</source>
        <translation>filen er ikke den slags fil, dens navn siger</translation>
    </message>
    <message>
        <source>the file belongs to another team</source>
        <translation>filen hører til et andet team</translation>
    </message>
    <message>
        <source>the file names another PC than the one whose folder it is in</source>
        <translation>filen nævner en anden pc end den, hvis mappe den ligger i</translation>
    </message>
    <message>
        <source>the file is not signed by the PC whose folder it is in (it was changed, damaged or written by someone else)</source>
        <translation>filen er ikke underskrevet af den pc, hvis mappe den ligger i (den er ændret, beskadiget eller skrevet af en anden)</translation>
    </message>
    <message>
        <source>the file is damaged (its length does not match its header)</source>
        <translation>filen er beskadiget (dens længde passer ikke til dens hoved)</translation>
    </message>
    <message>
        <source>the file is encrypted with a team key this PC does not hold</source>
        <translation>filen er krypteret med en teamnøgle, denne pc ikke har</translation>
    </message>
    <message>
        <source>the file declares an unpacked size larger than Samspil allows; it is not unpacked</source>
        <translation>filen angiver en udpakket størrelse, der er større, end Samspil tillader; den pakkes ikke ud</translation>
    </message>
    <message>
        <source>the file cannot be decrypted with the team key</source>
        <translation>filen kan ikke dekrypteres med teamnøglen</translation>
    </message>
    <message>
        <source>the file is damaged (it cannot be unpacked to the size it declares)</source>
        <translation>filen er beskadiget (den kan ikke pakkes ud til den størrelse, den angiver)</translation>
    </message>
</context>
<context>
    <name>BenefitCatalogue</name>
    <message>
        <source>Cannot read the catalogue %1: %2</source>
        <translation>Kan ikke læse kataloget %1: %2</translation>
    </message>
    <message>
        <source>The catalogue %1 is not valid JSON: %2</source>
        <translation>Kataloget %1 er ikke gyldig JSON: %2</translation>
    </message>
    <message>
        <source>The catalogue %1 has an unknown format.</source>
        <translation>Kataloget %1 har et ukendt format.</translation>
    </message>
    <message>
        <source>The catalogue %1 lists no benefits.</source>
        <translation>Kataloget %1 indeholder ingen ydelser.</translation>
    </message>
    <message>
        <source>The catalogue %1 maps “%2” to an unknown benefit “%3”.</source>
        <translation>Kataloget %1 knytter “%2” til en ukendt ydelse “%3”.</translation>
    </message>
    <message>
        <source>The benefit is missing.</source>
        <translation>Ydelsen mangler.</translation>
    </message>
    <message>
        <source>“%1” is not a benefit Samspil knows. Use one of: %2.</source>
        <translation>“%1” er ikke en ydelse, Samspil kender. Brug en af: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a target group. Use jobparat, uddannelsesparat or aktivitetsparat.</source>
        <translation>“%1” er ikke en målgruppe. Brug jobparat, uddannelsesparat eller aktivitetsparat.</translation>
    </message>
</context>
<context>
    <name>CitizenDataUi</name>
    <message>
        <source>Export everything about the citizen</source>
        <translation>Eksportér alt om borgeren</translation>
    </message>
    <message>
        <source>Choose a citizen first.</source>
        <translation>Vælg først en borger.</translation>
    </message>
    <message>
        <source>Folder for the citizen&apos;s PDF and data file</source>
        <translation>Mappe til borgerens PDF og datafil</translation>
    </message>
    <message numerus="yes">
        <source>Saved for the citizen: %1 (%n pages to read) and %2 (all %3 records in full). The export is recorded in the citizen&apos;s access log.</source>
        <translation>
            <numerusform>Gemt til borgeren: %1 (%n side at læse) og %2 (alle %3 oplysninger i fuld længde). Eksporten er registreret i borgerens adgangslog.</numerusform>
            <numerusform>Gemt til borgeren: %1 (%n sider at læse) og %2 (alle %3 oplysninger i fuld længde). Eksporten er registreret i borgerens adgangslog.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the citizen&apos;s data</source>
        <translation>Slet borgerens oplysninger</translation>
    </message>
    <message>
        <source>E&amp;xport everything about the citizen…</source>
        <translation>E&amp;ksportér alt om borgeren…</translation>
    </message>
    <message>
        <source>The citizen&apos;s right of access: a PDF to read and a data file with everything</source>
        <translation>Borgerens ret til indsigt: en PDF at læse og en datafil med det hele</translation>
    </message>
    <message>
        <source>Erase the citizen&apos;s data…</source>
        <translation>Slet borgerens oplysninger…</translation>
    </message>
    <message>
        <source>&amp;Erasure of closed cases…</source>
        <translation>&amp;Sletning af afsluttede sager…</translation>
    </message>
    <message>
        <source>Closed cases past the retention period, and the erasures made</source>
        <translation>Afsluttede sager, hvis opbevaringsperiode er udløbet, og de sletninger, der er foretaget</translation>
    </message>
</context>
<context>
    <name>CitizenExport</name>
    <message>
        <source>access-%1-%2</source>
        <translation>indsigt-%1-%2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>%1 already exists. Samspil does not overwrite it; choose another folder or move the file.</source>
        <translation>%1 findes allerede. Samspil overskriver den ikke; vælg en anden mappe, eller flyt filen.</translation>
    </message>
    <message>
        <source>Samspil could not write %1: %2</source>
        <translation>Samspil kunne ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>CitizenImporter</name>
    <message>
        <source>line</source>
        <translation>linje</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>message</source>
        <translation>besked</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>The header row lacks the column(s) %1. Expected: cpr, name, benefit, benefit_start, caseworker, and optionally phone, email, target_group.</source>
        <translation>Overskriftslinjen mangler kolonnen/kolonnerne %1. Forventet: cpr, name, benefit, benefit_start, caseworker og eventuelt phone, email, target_group.</translation>
    </message>
    <message>
        <source>The database is busy; nothing was imported.</source>
        <translation>Databasen er optaget; intet blev importeret.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Rækken har %1 felter; overskriften har %2.</translation>
    </message>
    <message>
        <source>CPR number %1 already appeared on line %2; only the first row counts.</source>
        <translation>CPR-nummer %1 stod allerede på linje %2; kun den første række tæller.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Navnet mangler.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM-DD or DD-MM-YYYY.</source>
        <translation>“%1” er ikke en dato; skriv ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ.</translation>
    </message>
    <message>
        <source>The benefit cannot start before the citizen was born.</source>
        <translation>Ydelsen kan ikke starte, før borgeren er født.</translation>
    </message>
    <message>
        <source>The benefit starts in the future (%1).</source>
        <translation>Ydelsen starter ude i fremtiden (%1).</translation>
    </message>
    <message>
        <source>No staff member has the initials %1; the citizen was imported without a caseworker.</source>
        <translation>Ingen medarbejder har initialerne %1; borgeren blev importeret uden sagsbehandler.</translation>
    </message>
    <message>
        <source>No staff member has the initials %1; the citizen keeps the current caseworker.</source>
        <translation>Ingen medarbejder har initialerne %1; borgeren beholder sin nuværende sagsbehandler.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number; it was left out.</source>
        <translation>“%1” ligner ikke et telefonnummer; det blev udeladt.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address; it was left out.</source>
        <translation>“%1” ligner ikke en e-mailadresse; den blev udeladt.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Intet blev importeret: %1</translation>
    </message>
</context>
<context>
    <name>CitizenRecords</name>
    <message>
        <source>The table %1 hangs on a table that does not exist (%2).</source>
        <translation>Tabellen %1 hænger på en tabel, der ikke findes (%2).</translation>
    </message>
</context>
<context>
    <name>CitizenReport</name>
    <message>
        <source>(not recorded)</source>
        <translation>(ikke registreret)</translation>
    </message>
    <message>
        <source>the job centre&apos;s command line (samspil-cli)</source>
        <translation>jobcentrets kommandolinje (samspil-cli)</translation>
    </message>
    <message>
        <source>a former employee</source>
        <translation>en tidligere medarbejder</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The citizen does not exist.</source>
        <translation>Borgeren findes ikke.</translation>
    </message>
    <message>
        <source>What the job centre has recorded about you</source>
        <translation>Det har jobcentret registreret om dig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Lavet den</translation>
    </message>
    <message>
        <source>You have the right to see the information the job centre holds about you (the General Data Protection Regulation, article 15). This document shows everything the team&apos;s program, Samspil, has recorded about you, in plain words. With it comes a data file (JSON) that holds the same information in full, including technical details such as record numbers.</source>
        <translation>Du har ret til at se de oplysninger, jobcentret har om dig (databeskyttelsesforordningen, artikel 15). Dette dokument viser med almindelige ord alt, hvad teamets program, Samspil, har registreret om dig. Med det følger en datafil (JSON), der rummer de samme oplysninger i fuld længde, også tekniske detaljer som løbenumre.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Nothing is recorded.</source>
        <translation>Der er ikke registreret noget.</translation>
    </message>
    <message>
        <source>Your information in Samspil, %1</source>
        <translation>Dine oplysninger i Samspil, %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF-filen kunne ikke skrives til %1.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>On the benefit since</source>
        <translation>På ydelsen siden</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Your coordinating caseworker</source>
        <translation>Din koordinerende sagsbehandler</translation>
    </message>
    <message>
        <source>Registered in Samspil</source>
        <translation>Registreret i Samspil</translation>
    </message>
    <message>
        <source>Your case</source>
        <translation>Din sag</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åben</translation>
    </message>
    <message numerus="yes">
        <source>Your course is still open. You have received public support for %n weeks.</source>
        <translation>
            <numerusform>Dit forløb er stadig åbent. Du har modtaget offentlig forsørgelse i %n uge.</numerusform>
            <numerusform>Dit forløb er stadig åbent. Du har modtaget offentlig forsørgelse i %n uger.</numerusform>
        </translation>
    </message>
    <message>
        <source>How the course ended</source>
        <translation>Sådan sluttede forløbet</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Sluttede den</translation>
    </message>
    <message>
        <source>Weeks on public support</source>
        <translation>Uger på offentlig forsørgelse</translation>
    </message>
    <message>
        <source>%1 on a scale from %2 to %3</source>
        <translation>%1 på en skala fra %2 til %3</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 (»%2«)</translation>
    </message>
    <message>
        <source>A screening is the questionnaire you answered about your situation. From your answers the program proposes a risk of a long time on public support (low, moderate or high); your caseworker then decides the risk. Newest first.</source>
        <translation>En screening er det spørgeskema, du har besvaret om din situation. Ud fra dine svar foreslår programmet en risiko for lang tid på offentlig forsørgelse (lav, moderat eller høj); derefter fastsætter din sagsbehandler risikoen. Nyeste først.</translation>
    </message>
    <message>
        <source>Screening of %1</source>
        <translation>Screening den %1</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Spørgeskema</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Holdt af</translation>
    </message>
    <message>
        <source>Risk proposed by the answers</source>
        <translation>Risiko foreslået ud fra svarene</translation>
    </message>
    <message>
        <source>Risk decided by the caseworker</source>
        <translation>Risiko fastsat af sagsbehandleren</translation>
    </message>
    <message>
        <source>Why the decision differs</source>
        <translation>Hvorfor afgørelsen er en anden</translation>
    </message>
    <message>
        <source>The caseworker&apos;s assessment</source>
        <translation>Sagsbehandlerens vurdering</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemærk</translation>
    </message>
    <message>
        <source>This screening was later corrected; the correction is listed above.</source>
        <translation>Denne screening blev senere rettet; rettelsen står ovenfor.</translation>
    </message>
    <message>
        <source>This screening corrects an earlier one.</source>
        <translation>Denne screening retter en tidligere.</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Dine svar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>fra %1 til %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Mulige værdier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your consent decides which professions in the team may read the professional notes about your health. The newest consent is the one that counts.</source>
        <translation>Dit samtykke afgør, hvilke faggrupper i teamet der må læse de faglige notater om dit helbred. Det nyeste samtykke er det, der gælder.</translation>
    </message>
    <message>
        <source>not withdrawn</source>
        <translation>ikke tilbagekaldt</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Givet den</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Deles med</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tilbagekaldt</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registreret af</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>On the team day a physiotherapist, a psychologist and a nurse each write a professional note about you, built on the WHO&apos;s classification of functioning (ICF). Shown here is every signed version: a note that was amended later keeps its earlier versions, and you see them all. A note that is still a draft (not yet signed) is only listed: it is a working document that its author may still change, and its text is in the data file.</source>
        <translation>På teamdagen skriver en fysioterapeut, en psykolog og en sygeplejerske hver et fagligt notat om dig, bygget på WHO&apos;s klassifikation af funktionsevne (ICF). Her vises alle underskrevne versioner: et notat, der senere er blevet tilføjet til, beholder sine tidligere versioner, og du ser dem alle. Et notat, der stadig er en kladde (ikke underskrevet endnu), er kun nævnt: det er et arbejdsdokument, som forfatteren stadig kan ændre, og teksten står i datafilen.</translation>
    </message>
    <message>
        <source>%1, version %2, started %3 by %4</source>
        <translation>%1, version %2, påbegyndt %3 af %4</translation>
    </message>
    <message>
        <source>Note from the %1, version %2</source>
        <translation>Notat fra %1, version %2</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skrevet af</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Replaced later by an amended version.</source>
        <translation>Senere erstattet af en rettet version.</translation>
    </message>
    <message>
        <source>This version amends an earlier one.</source>
        <translation>Denne version retter en tidligere.</translation>
    </message>
    <message>
        <source>Personal factors</source>
        <translation>Personlige faktorer</translation>
    </message>
    <message>
        <source>What it means for work or education</source>
        <translation>Hvad det betyder for arbejde eller uddannelse</translation>
    </message>
    <message>
        <source>Recommended intervention tracks</source>
        <translation>Anbefalede indsatsspor</translation>
    </message>
    <message>
        <source>Drafts not yet signed</source>
        <translation>Kladder, der endnu ikke er underskrevet</translation>
    </message>
    <message>
        <source>Conference of %1</source>
        <translation>Konference den %1</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Employment goal</source>
        <translation>Beskæftigelsesmål</translation>
    </message>
    <message>
        <source>Intervention tracks</source>
        <translation>Indsatsspor</translation>
    </message>
    <message>
        <source>Proposed goals</source>
        <translation>Foreslåede mål</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>endnu ikke</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer om ugen</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Det er vigtigt for mig</translation>
    </message>
    <message>
        <source>My first step</source>
        <translation>Mit første skridt</translation>
    </message>
    <message>
        <source>Agreed with you</source>
        <translation>Aftalt med dig</translation>
    </message>
    <message>
        <source>%1 (%2), present: %3</source>
        <translation>%1 (%2), til stede: %3</translation>
    </message>
    <message>
        <source>Sub-goal %1.%2: %3</source>
        <translation>Delmål %1.%2: %3</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Mål %1: %2</translation>
    </message>
    <message>
        <source>How we see it is reached</source>
        <translation>Sådan ser vi, at det er nået</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udfører</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Your intervention plan is kept in versions: when an agreed plan is changed, a new version is made and the old one stays. Every version is shown, newest first.</source>
        <translation>Din indsatsplan gemmes i versioner: når en aftalt plan ændres, laves en ny version, og den gamle bliver stående. Alle versioner vises, nyeste først.</translation>
    </message>
    <message>
        <source>The employment goal</source>
        <translation>Beskæftigelsesmålet</translation>
    </message>
    <message>
        <source>How far you, the professionals and your caseworker think you have come toward each goal, on a scale from 1 to 10, oldest first.</source>
        <translation>Hvor langt du, fagpersonerne og din sagsbehandler mener, du er nået mod hvert mål, på en skala fra 1 til 10, ældste først.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Rated by</source>
        <translation>Vurderet af</translation>
    </message>
    <message>
        <source>Everyone who has opened, printed, exported or changed your record, newest first. For a change the log names the fields that were changed, not what was written. Making this document is recorded too.</source>
        <translation>Alle, der har åbnet, udskrevet, eksporteret eller ændret dine oplysninger, nyeste først. Ved en ændring nævner loggen de felter, der blev ændret, ikke hvad der blev skrevet. At dette dokument blev lavet, bliver også registreret.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>This document shows the records as they stand today. Records that were deleted (for example a draft that was thrown away) are not shown here; the data file lists them with the time they were deleted.</source>
        <translation>Dokumentet viser oplysningerne, som de står i dag. Oplysninger, der er slettet (for eksempel en kladde, der blev kasseret), vises ikke her; datafilen viser dem med tidspunktet for sletningen.</translation>
    </message>
    <message>
        <source>The data file (JSON) holds every record about you in full, one list per kind of record, including drafts of notes and the technical fields the program uses.</source>
        <translation>Datafilen (JSON) indeholder alle oplysninger om dig i fuld længde, en liste for hver slags oplysning, også kladder til notater og de tekniske felter, programmet bruger.</translation>
    </message>
    <message>
        <source>Closed cases are kept for a period after they end and then erased. If something is wrong, or you want to know more, contact your coordinating caseworker.</source>
        <translation>Afsluttede sager gemmes i en periode, efter de er slut, og slettes derefter. Hvis noget er forkert, eller du vil vide mere, så kontakt din koordinerende sagsbehandler.</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>Stamdata</translation>
    </message>
    <message>
        <source>Screenings</source>
        <translation>Screeninger</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Consent to share health information</source>
        <translation>Samtykke til at dele helbredsoplysninger</translation>
    </message>
    <message>
        <source>Professional notes</source>
        <translation>Faglige notater</translation>
    </message>
    <message>
        <source>Interdisciplinary conference</source>
        <translation>Tværfaglig konference</translation>
    </message>
    <message>
        <source>Intervention plan</source>
        <translation>Indsatsplan</translation>
    </message>
    <message>
        <source>Progression ratings</source>
        <translation>Progressionsmålinger</translation>
    </message>
    <message>
        <source>How your course went</source>
        <translation>Sådan gik dit forløb</translation>
    </message>
    <message>
        <source>Who has read or changed your record</source>
        <translation>Hvem der har læst eller ændret dine oplysninger</translation>
    </message>
    <message>
        <source>About this document</source>
        <translation>Om dette dokument</translation>
    </message>
    <message>
        <source>The placements could not be read.</source>
        <translation>Praktikkerne kunne ikke læses.</translation>
    </message>
    <message>
        <source>%1 (held)</source>
        <translation>%1 (holdt)</translation>
    </message>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (planlagt)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>Accommodations (skånehensyn)</source>
        <translation>Skånehensyn</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Follow-ups with the company</source>
        <translation>Opfølgninger med virksomheden</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Hvordan det sluttede</translation>
    </message>
    <message>
        <source>a company</source>
        <translation>en virksomhed</translation>
    </message>
    <message>
        <source>What you agreed a company may know about your health</source>
        <translation>Hvad du har givet samtykke til, at en virksomhed må vide om dit helbred</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>May know</source>
        <translation>Må vide</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Trukket tilbage den</translation>
    </message>
    <message>
        <source>Placements at companies</source>
        <translation>Praktik og job i virksomheder</translation>
    </message>
</context>
<context>
    <name>CitizenRepository</name>
    <message>
        <source>A citizen with CPR number %1 already exists (%2).</source>
        <translation>Der findes allerede en borger med CPR-nummer %1 (%2).</translation>
    </message>
    <message>
        <source>The chosen caseworker does not exist.</source>
        <translation>Den valgte sagsbehandler findes ikke.</translation>
    </message>
    <message>
        <source>This citizen no longer exists; the change was not saved.</source>
        <translation>Borgeren findes ikke længere; ændringen blev ikke gemt.</translation>
    </message>
    <message>
        <source>This citizen no longer exists.</source>
        <translation>Borgeren findes ikke længere.</translation>
    </message>
    <message>
        <source>Choose how the course ended.</source>
        <translation>Vælg, hvordan forløbet endte.</translation>
    </message>
    <message>
        <source>Give the date the course ended.</source>
        <translation>Angiv datoen, forløbet endte.</translation>
    </message>
    <message>
        <source>The course cannot end in the future (%1).</source>
        <translation>Forløbet kan ikke slutte ude i fremtiden (%1).</translation>
    </message>
    <message>
        <source>The course cannot end before the benefit started (%1).</source>
        <translation>Forløbet kan ikke slutte, før ydelsen begyndte (%1).</translation>
    </message>
</context>
<context>
    <name>CitizenRules</name>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Navnet mangler.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number.</source>
        <translation>“%1” ligner ikke et telefonnummer.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address.</source>
        <translation>“%1” ligner ikke en e-mailadresse.</translation>
    </message>
    <message>
        <source>The benefit is missing.</source>
        <translation>Ydelsen mangler.</translation>
    </message>
    <message>
        <source>“%1” is not a benefit Samspil knows.</source>
        <translation>“%1” er ikke en ydelse, Samspil kender.</translation>
    </message>
    <message>
        <source>The date the benefit started is missing.</source>
        <translation>Datoen for ydelsens start mangler.</translation>
    </message>
    <message>
        <source>The benefit starts in the future (%1).</source>
        <translation>Ydelsen starter ude i fremtiden (%1).</translation>
    </message>
    <message>
        <source>The benefit cannot start before the citizen was born.</source>
        <translation>Ydelsen kan ikke starte, før borgeren er født.</translation>
    </message>
    <message>
        <source>“%1” is not a target group.</source>
        <translation>“%1” er ikke en målgruppe.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The Samspil database file.</source>
        <translation>Samspil-databasefilen.</translation>
    </message>
    <message>
        <source>Name the database with --db FILE.</source>
        <translation>Angiv databasen med --db FIL.</translation>
    </message>
    <message>
        <source>No staff member has the initials %1.</source>
        <translation>Ingen medarbejder har initialerne %1.</translation>
    </message>
    <message>
        <source>How many fictitious citizens to add.</source>
        <translation>Hvor mange fiktive borgere der skal tilføjes.</translation>
    </message>
    <message>
        <source>How many random user actions to perform on existing data.</source>
        <translation>Hvor mange tilfældige brugerhandlinger der skal udføres på eksisterende data.</translation>
    </message>
    <message>
        <source>Seed for the random choices; the same seed gives the same data.</source>
        <translation>Frø til de tilfældige valg; samme frø giver samme data.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed skal være et helt tal.</translation>
    </message>
    <message>
        <source>Give either --citizens N (new demo citizens) or --activity K (random actions).</source>
        <translation>Angiv enten --citizens N (nye demoborgere) eller --activity K (tilfældige handlinger).</translation>
    </message>
    <message>
        <source>--citizens takes a whole number of 0 or more.</source>
        <translation>--citizens skal være et helt tal på 0 eller mere.</translation>
    </message>
    <message>
        <source>--activity takes a whole number of 0 or more.</source>
        <translation>--activity skal være et helt tal på 0 eller mere.</translation>
    </message>
    <message>
        <source>The CSV file exported from the case system.</source>
        <translation>CSV-filen, der er eksporteret fra sagssystemet.</translation>
    </message>
    <message>
        <source>Name one CSV file to import.</source>
        <translation>Angiv én CSV-fil, der skal importeres.</translation>
    </message>
    <message>
        <source>Usage: samspil-cli COMMAND [options]  (--lang da|en for the language of messages)</source>
        <translation>Brug: samspil-cli KOMMANDO [tilvalg]  (--lang da|en for sproget i beskederne)</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Ukendt kommando “%1”.</translation>
    </message>
    <message>
        <source>The team&apos;s shared folder.</source>
        <translation>Teamets fælles mappe.</translation>
    </message>
    <message>
        <source>Name the shared folder with --share DIR.</source>
        <translation>Angiv den fælles mappe med --share MAPPE.</translation>
    </message>
    <message>
        <source>Use this shared folder this time (it must hold the same team).</source>
        <translation>Brug denne fælles mappe denne gang (den skal høre til samme team).</translation>
    </message>
    <message>
        <source>Settle conflict ID by keeping the current value.</source>
        <translation>Afgør konflikt ID ved at beholde den nuværende værdi.</translation>
    </message>
    <message>
        <source>Settle conflict ID by putting the other value back.</source>
        <translation>Afgør konflikt ID ved at sætte den anden værdi ind igen.</translation>
    </message>
    <message>
        <source>--%1 takes the number of a conflict.</source>
        <translation>--%1 skal have nummeret på en konflikt.</translation>
    </message>
    <message>
        <source>join --db FILE --share DIR   join the team&apos;s shared folder</source>
        <translation>join --db FIL --share MAPPE   tilslut databasen til teamets fælles mappe</translation>
    </message>
    <message>
        <source>sync --db FILE [--share DIR]   exchange changes with the team&apos;s other PCs</source>
        <translation>sync --db FIL [--share MAPPE]   udveksl ændringer med teamets andre pc&apos;er</translation>
    </message>
    <message>
        <source>conflicts --db FILE [--keep ID | --take-other ID]   list or settle sync conflicts</source>
        <translation>conflicts --db FIL [--keep ID | --take-other ID]   vis eller afgør synkroniseringskonflikter</translation>
    </message>
    <message>
        <source>Cannot read the answers %1: %2</source>
        <translation>Kan ikke læse svarene %1: %2</translation>
    </message>
    <message>
        <source>The answers %1 must be a JSON object such as {&quot;q1&quot;: 7}: %2</source>
        <translation>Svarene %1 skal være et JSON-objekt som {&quot;q1&quot;: 7}: %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ikke et objekt</translation>
    </message>
    <message>
        <source>The instrument (a JSON file, or the id of a shipped one).</source>
        <translation>Spørgeskemaet (en JSON-fil eller id&apos;et på et medfølgende skema).</translation>
    </message>
    <message>
        <source>The answers as JSON: {&quot;q1&quot;: 7, …}.</source>
        <translation>Svarene som JSON: {&quot;q1&quot;: 7, …}.</translation>
    </message>
    <message>
        <source>Give both --instrument FILE and --answers FILE.</source>
        <translation>Angiv både --instrument FIL og --answers FIL.</translation>
    </message>
    <message>
        <source>Only this citizen&apos;s screenings, newest first.</source>
        <translation>Kun denne borgers screeninger, nyeste først.</translation>
    </message>
    <message>
        <source>No citizen has the CPR number %1.</source>
        <translation>Ingen borger har CPR-nummeret %1.</translation>
    </message>
    <message>
        <source>Only this citizen.</source>
        <translation>Kun denne borger.</translation>
    </message>
    <message>
        <source>The name of the survey round.</source>
        <translation>Navnet på målerunden.</translation>
    </message>
    <message>
        <source>The date the survey was held, if it is new (default: today).</source>
        <translation>Datoen for målingen, hvis den er ny (standard: i dag).</translation>
    </message>
    <message>
        <source>The CSV file with the answers.</source>
        <translation>CSV-filen med besvarelserne.</translation>
    </message>
    <message>
        <source>Name the survey with --survey NAME.</source>
        <translation>Angiv målingen med --survey NAVN.</translation>
    </message>
    <message>
        <source>--date takes a date such as 2026-11-23 or 23-11-2026.</source>
        <translation>--date skal være en dato som 2026-11-23 eller 23-11-2026.</translation>
    </message>
    <message>
        <source>An earlier round to compare with: each tie gets its change.</source>
        <translation>En tidligere runde at sammenligne med: hver relation får sin ændring.</translation>
    </message>
    <message>
        <source>There is no survey called “%1”.</source>
        <translation>Der findes ingen måling med navnet “%1”.</translation>
    </message>
    <message>
        <source>Who has opened this citizen&apos;s record.</source>
        <translation>Hvem har åbnet borgerens oplysninger.</translation>
    </message>
    <message>
        <source>Whose records this staff member has opened.</source>
        <translation>Hvis oplysninger medarbejderen har åbnet.</translation>
    </message>
    <message>
        <source>Name either --citizen CPR or --staff INITIALS.</source>
        <translation>Angiv enten --citizen CPR eller --staff INITIALER.</translation>
    </message>
    <message>
        <source>Name the citizen with --citizen CPR.</source>
        <translation>Angiv borgeren med --citizen CPR.</translation>
    </message>
    <message>
        <source>The citizen&apos;s CPR number.</source>
        <translation>Borgerens CPR-nummer.</translation>
    </message>
    <message>
        <source>Every version, newest first, with what changed from the one before.</source>
        <translation>Alle versioner, nyeste først, med hvad der er ændret fra den forrige.</translation>
    </message>
    <message>
        <source>The citizen has no intervention plan yet.</source>
        <translation>Borgeren har endnu ingen indsatsplan.</translation>
    </message>
    <message>
        <source>The goal&apos;s id (leave out for the employment goal).</source>
        <translation>Målets id (udelades for beskæftigelsesmålet).</translation>
    </message>
    <message>
        <source>citizen, professional or caseworker.</source>
        <translation>citizen (borger), professional (fagperson) eller caseworker (sagsbehandler).</translation>
    </message>
    <message>
        <source>1 to 10.</source>
        <translation>1 til 10.</translation>
    </message>
    <message>
        <source>The date of the rating (YYYY-MM-DD; default today).</source>
        <translation>Datoen for vurderingen (ÅÅÅÅ-MM-DD; standard i dag).</translation>
    </message>
    <message>
        <source>A comment.</source>
        <translation>En kommentar.</translation>
    </message>
    <message>
        <source>Give --rater citizen, professional or caseworker.</source>
        <translation>Angiv --rater citizen, professional eller caseworker.</translation>
    </message>
    <message>
        <source>Give --score as a whole number from 1 to 10.</source>
        <translation>Angiv --score som et helt tal fra 1 til 10.</translation>
    </message>
    <message>
        <source>The date of the agreement (YYYY-MM-DD; default today).</source>
        <translation>Datoen for aftalen (ÅÅÅÅ-MM-DD; standard i dag).</translation>
    </message>
    <message>
        <source>in_person, phone or digital.</source>
        <translation>in_person (personligt), phone (telefon) eller digital.</translation>
    </message>
    <message>
        <source>Who was present.</source>
        <translation>Hvem der var til stede.</translation>
    </message>
    <message>
        <source>Give --how in_person, phone or digital.</source>
        <translation>Angiv --how in_person, phone eller digital.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>PDF-filen, der skal skrives.</translation>
    </message>
    <message>
        <source>The plan version to print (default: the current one).</source>
        <translation>Den version af planen, der skal udskrives (standard: den aktuelle).</translation>
    </message>
    <message>
        <source>The municipality named in the header (default: the desktop client&apos;s setting).</source>
        <translation>Kommunen i sidehovedet (standard: skrivebordsprogrammets indstilling).</translation>
    </message>
    <message>
        <source>The department named in the header (default: the desktop client&apos;s setting).</source>
        <translation>Afdelingen i sidehovedet (standard: skrivebordsprogrammets indstilling).</translation>
    </message>
    <message>
        <source>Name the PDF file with --out FILE.</source>
        <translation>Angiv PDF-filen med --out FIL.</translation>
    </message>
    <message>
        <source>The plan has no version %1.</source>
        <translation>Planen har ingen version %1.</translation>
    </message>
    <message>
        <source>The day (dd-mm-yyyy or yyyy-mm-dd).</source>
        <translation>Dagen (dd-mm-åååå eller åååå-mm-dd).</translation>
    </message>
    <message>
        <source>Only this staff member&apos;s appointments.</source>
        <translation>Kun denne medarbejders aftaler.</translation>
    </message>
    <message>
        <source>Give the day with --date DD-MM-YYYY.</source>
        <translation>Angiv dagen med --date DD-MM-ÅÅÅÅ.</translation>
    </message>
    <message>
        <source>The screening day (default: today).</source>
        <translation>Screeningsdagen (standard: i dag).</translation>
    </message>
    <message>
        <source>Minutes per talk (default 45).</source>
        <translation>Minutter pr. samtale (standard 45).</translation>
    </message>
    <message>
        <source>Only show the proposal; book nothing.</source>
        <translation>Vis kun forslaget; book intet.</translation>
    </message>
    <message>
        <source>--minutes takes a whole number.</source>
        <translation>--minutes skal være et helt tal.</translation>
    </message>
    <message>
        <source>The staff member.</source>
        <translation>Medarbejderen.</translation>
    </message>
    <message>
        <source>1 Monday … 7 Sunday.</source>
        <translation>1 mandag … 7 søndag.</translation>
    </message>
    <message>
        <source>Start, HH:MM (leave out --from and --to to remove).</source>
        <translation>Start, TT:MM (udelad --from og --to for at fjerne).</translation>
    </message>
    <message>
        <source>End, HH:MM.</source>
        <translation>Slut, TT:MM.</translation>
    </message>
    <message>
        <source>Times are written HH:MM, e.g. 08:30.</source>
        <translation>Tidspunkter skrives TT:MM, fx 08:30.</translation>
    </message>
    <message>
        <source>A code (b130) or words in Danish or English.</source>
        <translation>En kode (b130) eller ord på dansk eller engelsk.</translation>
    </message>
    <message>
        <source>Length of the conference in minutes (default 30).</source>
        <translation>Konferencens længde i minutter (standard 30).</translation>
    </message>
    <message>
        <source>Look within this many days after the talks (default 2).</source>
        <translation>Søg inden for så mange dage efter samtalerne (standard 2).</translation>
    </message>
    <message>
        <source>Where the conference is held.</source>
        <translation>Hvor konferencen holdes.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 skal være et helt tal.</translation>
    </message>
    <message>
        <source>The first day of the period (default: a year before --to).</source>
        <translation>Periodens første dag (standard: et år før --to).</translation>
    </message>
    <message>
        <source>The last day of the period (default: today).</source>
        <translation>Periodens sidste dag (standard: i dag).</translation>
    </message>
    <message>
        <source>Only this caseworker&apos;s citizens (initials).</source>
        <translation>Kun denne sagsbehandlers borgere (initialer).</translation>
    </message>
    <message>
        <source>Count as on this day (weeks of open courses, overdue steps); default: today.</source>
        <translation>Tæl som på denne dag (uger for åbne forløb, overskredne skridt); standard: i dag.</translation>
    </message>
    <message>
        <source>stats takes no file names; did you mean --db %1?</source>
        <translation>stats tager ingen filnavne; mente du --db %1?</translation>
    </message>
    <message>
        <source>--%1 takes a date such as 2026-11-23 or 23-11-2026, not “%2”.</source>
        <translation>--%1 skal have en dato som 2026-11-23 eller 23-11-2026, ikke “%2”.</translation>
    </message>
    <message>
        <source>Only the ICF Core Sets for vocational rehabilitation.</source>
        <translation>Kun ICF-kernesættene for erhvervsrettet rehabilitering.</translation>
    </message>
    <message>
        <source>Only one kind: open, print, export or change.</source>
        <translation>Kun én slags: open (åbnet), print (udskrevet), export (eksporteret) eller change (ændret).</translation>
    </message>
    <message>
        <source>Give --action open, print, export or change.</source>
        <translation>Angiv --action open, print, export eller change.</translation>
    </message>
    <message>
        <source>access-log --db FILE (--citizen CPR | --staff INITIALS) [--action open|print|export|change]   who opened, printed, exported or changed whose record</source>
        <translation>access-log --db FIL (--citizen CPR | --staff INITIALER) [--action open|print|export|change]   hvem der har åbnet, udskrevet, eksporteret eller ændret hvis oplysninger</translation>
    </message>
    <message>
        <source>Give --years as a whole number of years, at least 1.</source>
        <translation>Angiv --years som et helt antal år, mindst 1.</translation>
    </message>
    <message>
        <source>How many years closed cases are kept after they ended (default: the desktop client&apos;s setting, 5).</source>
        <translation>Hvor mange år afsluttede sager gemmes, efter de er slut (standard: skrivebordsprogrammets indstilling, 5).</translation>
    </message>
    <message>
        <source>The folder to write the PDF and the data file to.</source>
        <translation>Mappen, PDF-filen og datafilen skal skrives til.</translation>
    </message>
    <message>
        <source>Name the citizen with --citizen CPR and the folder with --out DIR.</source>
        <translation>Angiv borgeren med --citizen CPR og mappen med --out MAPPE.</translation>
    </message>
    <message>
        <source>Why the citizen is erased before the retention period has run out (no name or CPR number).</source>
        <translation>Hvorfor borgeren slettes, før opbevaringsperioden er udløbet (uden navn eller CPR-nummer).</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>Mappen %1 kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>Demo data goes only into a demo database or a new, empty one; %1 holds a team&apos;s own citizens.</source>
        <translation>Demodata kommer kun i en demodatabase eller en ny, tom database; %1 rummer et teams egne borgere.</translation>
    </message>
    <message>
        <source>staff add needs --name, --initials, --profession and --account.</source>
        <translation>staff add kræver --name, --initials, --profession og --account.</translation>
    </message>
    <message>
        <source>Unknown profession “%1”.</source>
        <translation>Ukendt fag “%1”.</translation>
    </message>
    <message>
        <source>--role takes “leder” (a leader of the team); the other roles follow the profession.</source>
        <translation>--role tager “leder” (en leder af teamet); de andre roller følger faget.</translation>
    </message>
    <message>
        <source>staff unbind needs --account.</source>
        <translation>staff unbind kræver --account.</translation>
    </message>
    <message>
        <source>staff %1 needs --initials.</source>
        <translation>staff %1 kræver --initials.</translation>
    </message>
    <message>
        <source>staff bind needs --initials and --account.</source>
        <translation>staff bind kræver --initials og --account.</translation>
    </message>
    <message>
        <source>add, list, bind, unbind or deactivate.</source>
        <translation>add, list, bind, unbind eller deactivate.</translation>
    </message>
    <message>
        <source>The staff member&apos;s name.</source>
        <translation>Medarbejderens navn.</translation>
    </message>
    <message>
        <source>The staff member&apos;s initials.</source>
        <translation>Medarbejderens initialer.</translation>
    </message>
    <message>
        <source>caseworker, physiotherapist, psychologist, nurse, company_consultant, mentor or manager.</source>
        <translation>caseworker, physiotherapist, psychologist, nurse, company_consultant, mentor eller manager (eller rollens kode, fx fysioterapeut).</translation>
    </message>
    <message>
        <source>The operating-system account (DOMAIN\user or user).</source>
        <translation>Kontoen i styresystemet (DOMÆNE\bruger eller bruger).</translation>
    </message>
    <message>
        <source>leder: the staff member leads the team.</source>
        <translation>leder: medarbejderen leder teamet.</translation>
    </message>
    <message>
        <source>Say what to do: staff --db FILE add|list|bind|unbind|deactivate …</source>
        <translation>Sig, hvad der skal ske: staff --db FIL add|list|bind|unbind|deactivate …</translation>
    </message>
    <message>
        <source>Your name (the team&apos;s first leader); by default the account&apos;s name.</source>
        <translation>Dit navn (teamets første leder); ellers kontoens navn.</translation>
    </message>
    <message>
        <source>Your initials; by default made from the name.</source>
        <translation>Dine initialer; ellers dannet af navnet.</translation>
    </message>
    <message>
        <source>%1 already exists. Samspil never overwrites a database; choose another file name.</source>
        <translation>%1 findes allerede. Samspil overskriver aldrig en database; vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>Give the time with --at &quot;DD-MM-YYYY HH:MM&quot;.</source>
        <translation>Angiv tidspunktet med --at &quot;DD-MM-ÅÅÅÅ TT:MM&quot;.</translation>
    </message>
    <message>
        <source>Book this time instead of the proposal: &quot;DD-MM-YYYY HH:MM&quot;.</source>
        <translation>Book dette tidspunkt i stedet for forslaget: &quot;DD-MM-ÅÅÅÅ TT:MM&quot;.</translation>
    </message>
    <message>
        <source>Book even in the past or outside working hours, for this reason (stored with the booking).</source>
        <translation>Book også bagud i tid eller uden for arbejdstiden, med denne begrundelse (gemmes med bookingen).</translation>
    </message>
    <message>
        <source>Waiting to be admitted. On a PC of the team, compare this code and admit this PC: samspil-cli admit --db FILE --code &quot;%1&quot;</source>
        <translation>Venter på optagelse. Sammenlign koden på en pc i teamet, og optag denne pc: samspil-cli admit --db FIL --code &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Admit the waiting PC that shows this code.</source>
        <translation>Optag den ventende pc, der viser denne kode.</translation>
    </message>
    <message>
        <source>List the PCs that wait to be admitted, with their codes.</source>
        <translation>Vis de pc&apos;er, der venter på optagelse, med deres koder.</translation>
    </message>
    <message>
        <source>Give either --code CODE or --list.</source>
        <translation>Angiv enten --code KODE eller --list.</translation>
    </message>
    <message>
        <source>The id of the PC to take out of the team.</source>
        <translation>Id&apos;et på den pc, der skal meldes ud af teamet.</translation>
    </message>
    <message>
        <source>Name the PC with --site ID (samspil-cli team --db FILE lists them).</source>
        <translation>Angiv pc&apos;en med --site ID (samspil-cli team --db FIL viser dem).</translation>
    </message>
    <message>
        <source>admit --db FILE (--code CODE | --list)   admit a PC that asked to join, after comparing its code</source>
        <translation>admit --db FIL (--code KODE | --list)   optag en pc, der har bedt om at komme med, efter at have sammenlignet dens kode</translation>
    </message>
    <message>
        <source>retire --db FILE --site ID   take a lost or replaced PC out of the team</source>
        <translation>retire --db FIL --site ID   meld en mistet eller udskiftet pc ud af teamet</translation>
    </message>
    <message>
        <source>team --db FILE   the PCs of the team and this PC&apos;s standing</source>
        <translation>team --db FIL   teamets pc&apos;er, og hvor denne pc står</translation>
    </message>
    <message>
        <source>The CSV file with the companies (cvr;name;address;contact;phone;email).</source>
        <translation>CSV-filen med virksomhederne (cvr;name;address;contact;phone;email).</translation>
    </message>
    <message>
        <source>Only companies whose name, CVR number, address or contact holds these words.</source>
        <translation>Kun virksomheder, hvis navn, CVR-nummer, adresse eller kontaktperson indeholder disse ord.</translation>
    </message>
    <message>
        <source>No company has the CVR number %1.</source>
        <translation>Ingen virksomhed har CVR-nummeret %1.</translation>
    </message>
    <message>
        <source>--kind takes praktik, loentilskud, fleksjob, ordinaert or smaajob.</source>
        <translation>--kind tager praktik, loentilskud, fleksjob, ordinaert eller smaajob.</translation>
    </message>
    <message>
        <source>Give the start with --from DD-MM-YYYY.</source>
        <translation>Angiv starten med --from DD-MM-ÅÅÅÅ.</translation>
    </message>
    <message>
        <source>Give the end with --to DD-MM-YYYY.</source>
        <translation>Angiv slutningen med --to DD-MM-ÅÅÅÅ.</translation>
    </message>
    <message>
        <source>--hours takes the hours per week, a number from 0 to 60.</source>
        <translation>--hours tager timer om ugen, et tal fra 0 til 60.</translation>
    </message>
    <message>
        <source>The company&apos;s CVR number.</source>
        <translation>Virksomhedens CVR-nummer.</translation>
    </message>
    <message>
        <source>praktik, loentilskud, fleksjob, ordinaert or smaajob.</source>
        <translation>praktik, loentilskud, fleksjob, ordinaert eller smaajob.</translation>
    </message>
    <message>
        <source>The first day (dd-mm-yyyy or yyyy-mm-dd).</source>
        <translation>Første dag (dd-mm-åååå eller åååå-mm-dd).</translation>
    </message>
    <message>
        <source>The last day (leave out: open-ended).</source>
        <translation>Sidste dag (udelad: uden slutdato).</translation>
    </message>
    <message>
        <source>Hours per week.</source>
        <translation>Timer om ugen.</translation>
    </message>
    <message>
        <source>Name the citizen with --citizen CPR and the company with --company CVR.</source>
        <translation>Angiv borgeren med --citizen CPR og virksomheden med --company CVR.</translation>
    </message>
    <message>
        <source>Name either the citizen with --citizen CPR or the company with --company CVR.</source>
        <translation>Angiv enten borgeren med --citizen CPR eller virksomheden med --company CVR.</translation>
    </message>
    <message>
        <source>The PDF file to write (never overwritten).</source>
        <translation>PDF-filen, der skal skrives (overskrives aldrig).</translation>
    </message>
    <message>
        <source>The municipality in the header.</source>
        <translation>Kommunen i sidehovedet.</translation>
    </message>
    <message>
        <source>The department in the header.</source>
        <translation>Afdelingen i sidehovedet.</translation>
    </message>
    <message>
        <source>Name the citizen with --citizen CPR and the file with --out FILE.</source>
        <translation>Angiv borgeren med --citizen CPR og filen med --out FIL.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file name.</source>
        <translation>%1 findes allerede; vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>The citizen has no placement at a company.</source>
        <translation>Borgeren har ingen praktik eller job i en virksomhed.</translation>
    </message>
    <message>
        <source>What the citizen agrees the company may know about their health.</source>
        <translation>Hvad borgeren giver samtykke til, at virksomheden må vide om borgerens helbred.</translation>
    </message>
    <message>
        <source>Withdraw the consent in force.</source>
        <translation>Træk det gældende samtykke tilbage.</translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation>Dagen (ellers i dag).</translation>
    </message>
    <message>
        <source>Name the citizen and the company, and either --share TEXT or --withdraw.</source>
        <translation>Angiv borgeren og virksomheden, og enten --share TEKST eller --withdraw.</translation>
    </message>
    <message>
        <source>Give the day with --on DD-MM-YYYY.</source>
        <translation>Angiv dagen med --on DD-MM-ÅÅÅÅ.</translation>
    </message>
</context>
<context>
    <name>CompanyConsentRepository</name>
    <message>
        <source>The citizen does not exist.</source>
        <translation>Borgeren findes ikke.</translation>
    </message>
    <message>
        <source>The company does not exist.</source>
        <translation>Virksomheden findes ikke.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Angiv datoen, hvor samtykket blev givet.</translation>
    </message>
    <message>
        <source>The consent date %1 lies in the future.</source>
        <translation>Samtykkedatoen %1 ligger i fremtiden.</translation>
    </message>
    <message>
        <source>Write what the citizen agrees the company may know about their health.</source>
        <translation>Skriv, hvad borgeren giver samtykke til, at virksomheden må vide om borgerens helbred.</translation>
    </message>
</context>
<context>
    <name>CompanyImporter</name>
    <message>
        <source>The column %1 holds %2 characters; at most %3 are taken.</source>
        <translation>Kolonnen %1 har %2 tegn; højst %3 tages med.</translation>
    </message>
    <message>
        <source>The column %1 holds control characters or bytes that are not text.</source>
        <translation>Kolonnen %1 indeholder kontroltegn eller bytes, der ikke er tekst.</translation>
    </message>
    <message>
        <source>The column %1 begins with “%2”, as a spreadsheet formula does; the row was not imported.</source>
        <translation>Kolonnen %1 begynder med “%2”, som en regnearksformel gør; rækken blev ikke importeret.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Rækken har %1 felter; overskriften har %2.</translation>
    </message>
    <message>
        <source>The company&apos;s name is missing.</source>
        <translation>Virksomhedens navn mangler.</translation>
    </message>
    <message>
        <source>“%1” does not look like a phone number; it was left out.</source>
        <translation>“%1” ligner ikke et telefonnummer; det blev udeladt.</translation>
    </message>
    <message>
        <source>“%1” does not look like an e-mail address; it was left out.</source>
        <translation>“%1” ligner ikke en e-mailadresse; den blev udeladt.</translation>
    </message>
    <message>
        <source>A phone number or e-mail address without a contact person was left out.</source>
        <translation>Et telefonnummer eller en e-mailadresse uden kontaktperson blev udeladt.</translation>
    </message>
    <message>
        <source>%1 is larger than 20 MB; that is not a list of companies.</source>
        <translation>%1 er større end 20 MB; det er ikke en liste over virksomheder.</translation>
    </message>
    <message>
        <source>The header row (line 1) must name the columns cvr and name; optional: address, contact, phone, email. Separate them with ;.</source>
        <translation>Overskriftsrækken (linje 1) skal nævne kolonnerne cvr og name; valgfrit: address, contact, phone, email. Adskil dem med ;.</translation>
    </message>
    <message>
        <source>The database is busy; nothing was imported.</source>
        <translation>Databasen er optaget; intet blev importeret.</translation>
    </message>
    <message>
        <source>CVR number %1 already appeared on line %2; only the first row counts.</source>
        <translation>CVR-nummer %1 stod allerede på linje %2; kun den første række tæller.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Intet blev importeret: %1</translation>
    </message>
</context>
<context>
    <name>CompanyModule</name>
    <message>
        <source>Follow up with the company</source>
        <translation>Følg op med virksomheden</translation>
    </message>
    <message>
        <source>Record how the placement ended</source>
        <translation>Registrér, hvordan praktikken sluttede</translation>
    </message>
    <message>
        <source>Follow up with %1</source>
        <translation>Følg op med %1</translation>
    </message>
    <message>
        <source>Record how the placement at %1 ended</source>
        <translation>Registrér, hvordan praktikken hos %1 sluttede</translation>
    </message>
</context>
<context>
    <name>CompanyRepository</name>
    <message>
        <source>The hours per week of an offer must lie between 0 and 60.</source>
        <translation>Et tilbuds timer om ugen skal ligge mellem 0 og 60.</translation>
    </message>
    <message>
        <source>How many the company can take at once must lie between 1 and 100.</source>
        <translation>Hvor mange virksomheden kan tage ad gangen, skal ligge mellem 1 og 100.</translation>
    </message>
    <message>
        <source>Every contact person needs a name.</source>
        <translation>Hver kontaktperson skal have et navn.</translation>
    </message>
    <message>
        <source>Enter the company&apos;s name.</source>
        <translation>Skriv virksomhedens navn.</translation>
    </message>
    <message>
        <source>The CVR number %1 is already registered for %2.</source>
        <translation>CVR-nummeret %1 er allerede registreret for %2.</translation>
    </message>
    <message>
        <source>The company no longer exists; it may have been removed on another PC.</source>
        <translation>Virksomheden findes ikke længere; den er måske fjernet på en anden pc.</translation>
    </message>
    <message>
        <source>The company was saved but could not be read back.</source>
        <translation>Virksomheden blev gemt, men kunne ikke læses igen.</translation>
    </message>
    <message>
        <source>The company no longer exists.</source>
        <translation>Virksomheden findes ikke længere.</translation>
    </message>
    <message>
        <source>%1 CVR numbers are registered for more than one company (created on two PCs before they synced); keep one of each under Team ▸ Companies.</source>
        <translation>%1 CVR-numre er registreret for mere end én virksomhed (oprettet på to pc&apos;er, før de synkroniserede); behold én af hver under Team ▸ Virksomheder.</translation>
    </message>
    <message>
        <source>%1 placements belong to a citizen who does not exist.</source>
        <translation>%1 praktikker hører til en borger, der ikke findes.</translation>
    </message>
    <message>
        <source>%1 placements are at a company that does not exist.</source>
        <translation>%1 praktikker er i en virksomhed, der ikke findes.</translation>
    </message>
    <message>
        <source>%1 offers or contact persons belong to a company that does not exist.</source>
        <translation>%1 tilbud eller kontaktpersoner hører til en virksomhed, der ikke findes.</translation>
    </message>
</context>
<context>
    <name>CompanyUi</name>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>&amp;Companies…</source>
        <translation>&amp;Virksomheder…</translation>
    </message>
    <message>
        <source>The companies the job centre works with: contacts, offers, import</source>
        <translation>De virksomheder, jobcentret samarbejder med: kontaktpersoner, tilbud, import</translation>
    </message>
</context>
<context>
    <name>ConferenceBooking</name>
    <message>
        <source>The citizen does not exist.</source>
        <translation>Borgeren findes ikke.</translation>
    </message>
    <message>
        <source>Book the team day first: the conference follows the talks with the physiotherapist, the psychologist and the nurse.</source>
        <translation>Book teamdagen først: konferencen følger efter samtalerne med fysioterapeuten, psykologen og sygeplejersken.</translation>
    </message>
    <message>
        <source>The citizen has no coordinating caseworker. Choose one on the citizen&apos;s page first.</source>
        <translation>Borgeren har ingen koordinerende sagsbehandler. Vælg en på borgerens side først.</translation>
    </message>
    <message>
        <source>Look for a time within 0 to 14 days after the talks.</source>
        <translation>Søg efter en tid inden for 0 til 14 dage efter samtalerne.</translation>
    </message>
    <message>
        <source>The conference is already booked for %1. Move or cancel it first.</source>
        <translation>Konferencen er allerede booket til %1. Flyt eller aflys den først.</translation>
    </message>
    <message>
        <source>The conference has already been held and concluded.</source>
        <translation>Konferencen er allerede holdt og afsluttet.</translation>
    </message>
    <message>
        <source>Choose the participants of the conference.</source>
        <translation>Vælg deltagerne i konferencen.</translation>
    </message>
    <message>
        <source>No time can be proposed: %1 has no working hours. Set them in Team ▸ Working hours…, or untick them.</source>
        <translation>Der kan ikke foreslås et tidspunkt: %1 har ingen arbejdstider. Sæt dem under Team ▸ Arbejdstider…, eller fjern fluebenet.</translation>
    </message>
</context>
<context>
    <name>ConferenceRepository</name>
    <message>
        <source>The conference does not exist.</source>
        <translation>Konferencen findes ikke.</translation>
    </message>
    <message>
        <source>The conference is concluded and can no longer be changed.</source>
        <translation>Konferencen er afsluttet og kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>The citizen does not exist.</source>
        <translation>Borgeren findes ikke.</translation>
    </message>
    <message>
        <source>Enter the date of the conference.</source>
        <translation>Angiv datoen for konferencen.</translation>
    </message>
    <message>
        <source>A participant does not exist on the team.</source>
        <translation>En deltager findes ikke i teamet.</translation>
    </message>
    <message>
        <source>Unknown intervention tracks: %1</source>
        <translation>Ukendte indsatsspor: %1</translation>
    </message>
    <message>
        <source>The conference is already concluded.</source>
        <translation>Konferencen er allerede afsluttet.</translation>
    </message>
    <message>
        <source>Write the overall employment goal.</source>
        <translation>Skriv det samlede beskæftigelsesmål.</translation>
    </message>
    <message>
        <source>Choose at least one intervention track.</source>
        <translation>Vælg mindst ét indsatsspor.</translation>
    </message>
    <message>
        <source>Add the participants of the conference.</source>
        <translation>Tilføj konferencens deltagere.</translation>
    </message>
    <message>
        <source>A conference cannot be concluded before the day it is held.</source>
        <translation>En konference kan ikke afsluttes før den dag, den holdes.</translation>
    </message>
    <message>
        <source>A conference is concluded on or after the day it is held, and not in the future.</source>
        <translation>En konference afsluttes samme dag som den holdes eller senere, og ikke ud i fremtiden.</translation>
    </message>
</context>
<context>
    <name>ConsentForms</name>
    <message>
        <source>Oral</source>
        <translation>Mundtligt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skriftligt</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>The citizen does not exist.</source>
        <translation>Borgeren findes ikke.</translation>
    </message>
    <message>
        <source>Enter the date the consent was given.</source>
        <translation>Angiv datoen, samtykket blev givet.</translation>
    </message>
    <message>
        <source>The consent date %1 lies in the future.</source>
        <translation>Samtykkedatoen %1 ligger i fremtiden.</translation>
    </message>
    <message>
        <source>Choose which professions the consent covers.</source>
        <translation>Vælg hvilke faggrupper samtykket omfatter.</translation>
    </message>
    <message>
        <source>Unknown profession in the consent: %1</source>
        <translation>Ukendt faggruppe i samtykket: %1</translation>
    </message>
    <message>
        <source>There is no consent in force to withdraw.</source>
        <translation>Der er intet gældende samtykke at tilbagekalde.</translation>
    </message>
    <message>
        <source>The withdrawal date must lie between the consent date and today.</source>
        <translation>Datoen for tilbagekaldelse skal ligge mellem samtykkedatoen og i dag.</translation>
    </message>
</context>
<context>
    <name>ConsistencyCheck</name>
    <message>
        <source>SQLite&apos;s integrity check could not run: %1</source>
        <translation>SQLites integritetstjek kunne ikke køre: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLites integritetstjek: %1</translation>
    </message>
    <message>
        <source>SQLite found rows that point at missing rows in table %1.</source>
        <translation>SQLite fandt rækker, der peger på manglende rækker i tabellen %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) have a CPR number that does not validate.</source>
        <translation>
            <numerusform>%n borger har et CPR-nummer, der ikke er gyldigt.</numerusform>
            <numerusform>%n borgere har et CPR-nummer, der ikke er gyldigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) have a benefit that is not in the catalogue.</source>
        <translation>
            <numerusform>%n borger har en ydelse, der ikke står i kataloget.</numerusform>
            <numerusform>%n borgere har en ydelse, der ikke står i kataloget.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) have an unknown target group.</source>
        <translation>
            <numerusform>%n borger har en ukendt målgruppe.</numerusform>
            <numerusform>%n borgere har en ukendt målgruppe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) have an unknown status.</source>
        <translation>
            <numerusform>%n borger har en ukendt status.</numerusform>
            <numerusform>%n borgere har en ukendt status.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n CPR number(s) belong to more than one citizen record (created on two PCs before they synced); merge them by hand.</source>
        <translation>
            <numerusform>%n CPR-nummer hører til mere end én borger (oprettet på to pc&apos;er, før de blev synkroniseret); læg dem sammen manuelt.</numerusform>
            <numerusform>%n CPR-numre hører til mere end én borger (oprettet på to pc&apos;er, før de blev synkroniseret); læg dem sammen manuelt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) have a caseworker who is not (yet) known here; a sync may bring the staff record.</source>
        <translation>
            <numerusform>%n borger har en sagsbehandler, der (endnu) ikke er kendt her; en synkronisering kan bringe medarbejderen med.</numerusform>
            <numerusform>%n borgere har en sagsbehandler, der (endnu) ikke er kendt her; en synkronisering kan bringe medarbejderen med.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) of initials are used by more than one staff member.</source>
        <translation>
            <numerusform>%n sæt initialer bruges af mere end én medarbejder.</numerusform>
            <numerusform>%n sæt initialer bruges af mere end én medarbejder.</numerusform>
        </translation>
    </message>
    <message>
        <source>A staff member has the unknown profession “%1”.</source>
        <translation>En medarbejder har den ukendte faggruppe “%1”.</translation>
    </message>
    <message>
        <source>The change log names an unknown table “%1”.</source>
        <translation>Ændringsloggen nævner en ukendt tabel “%1”.</translation>
    </message>
    <message>
        <source>A check could not run because the database reported an error; the error is in the program&apos;s log.</source>
        <translation>Et tjek kunne ikke køre, fordi databasen meldte en fejl; fejlen står i programmets log.</translation>
    </message>
</context>
<context>
    <name>Cpr</name>
    <message>
        <source>A CPR number has ten digits, written DDMMYY-SSSS (the dash may be left out).</source>
        <translation>Et CPR-nummer har ti cifre, skrevet DDMMÅÅ-SSSS (bindestregen kan udelades).</translation>
    </message>
    <message>
        <source>The CPR number %1 does not start with a real date of birth.</source>
        <translation>CPR-nummeret %1 begynder ikke med en rigtig fødselsdato.</translation>
    </message>
    <message>
        <source>The CPR number %1 gives a date of birth (%2) that has not come yet.</source>
        <translation>CPR-nummeret %1 giver en fødselsdato (%2), der endnu ikke er kommet.</translation>
    </message>
    <message>
        <source>%1 is a synthetic test number (day + 60); it belongs to no real person.</source>
        <translation>%1 er et syntetisk testnummer (dag + 60); det tilhører ingen virkelig person.</translation>
    </message>
    <message>
        <source>%1 fails the modulus-11 check. Numbers without it have been issued since 2007, so it is accepted; check that it was typed correctly.</source>
        <translation>%1 består ikke modulus 11-kontrollen. Der er udstedt numre uden kontrolciffer siden 2007, så det accepteres; tjek, at det er tastet rigtigt.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Latin-1 (Windows). Check æ, ø and å.</source>
        <translation>Filen er ikke UTF-8; den blev læst som Latin-1 (Windows). Tjek æ, ø og å.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Linje %1: et felt i anførselstegn bliver aldrig afsluttet.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
</context>
<context>
    <name>Cvr</name>
    <message>
        <source>The CVR number is missing.</source>
        <translation>CVR-nummeret mangler.</translation>
    </message>
    <message>
        <source>“%1…” is not a CVR number: it is far too long.</source>
        <translation>“%1…” er ikke et CVR-nummer: det er alt for langt.</translation>
    </message>
    <message>
        <source>“%1” is not a CVR number: it may hold only digits.</source>
        <translation>“%1” er ikke et CVR-nummer: det må kun indeholde cifre.</translation>
    </message>
    <message>
        <source>“%1” is not a CVR number: a CVR number has 8 digits, this has %2.</source>
        <translation>“%1” er ikke et CVR-nummer: et CVR-nummer har 8 cifre, dette har %2.</translation>
    </message>
    <message>
        <source>“%1” is not a CVR number: a CVR number never begins with 0.</source>
        <translation>“%1” er ikke et CVR-nummer: et CVR-nummer begynder aldrig med 0.</translation>
    </message>
    <message>
        <source>“%1” is not a valid CVR number: the check digit does not match (modulus 11). Check for a typing error.</source>
        <translation>“%1” er ikke et gyldigt CVR-nummer: kontrolcifferet passer ikke (modulus 11). Se efter en tastefejl.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Not screened</source>
        <translation>Ikke screenet</translation>
    </message>
    <message>
        <source>%1 Q%2</source>
        <extracomment>A quarter of a year: &quot;2026 Q1&quot; (Danish &quot;2026 K1&quot;)</extracomment>
        <translation>%1 K%2</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Vælg periodens første og sidste dag.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioden slutter (%1), før den begynder (%2).</translation>
    </message>
    <message>
        <source>The caseworker chosen is not on the staff of this database.</source>
        <translation>Den valgte sagsbehandler findes ikke blandt medarbejderne i denne database.</translation>
    </message>
    <message>
        <source>Citizens in the period</source>
        <translation>Borgere i perioden</translation>
    </message>
    <message>
        <source>(no caseworker)</source>
        <translation>(ingen sagsbehandler)</translation>
    </message>
    <message>
        <source>No track yet</source>
        <translation>Intet indsatsspor endnu</translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation>Frist i perioden</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Outcomes in the period</source>
        <translation>Afslutninger i perioden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Moderate or high risk, screened in the period</source>
        <translation>Moderat eller høj risiko, screenet i perioden</translation>
    </message>
    <message>
        <source>Team day on the screening day</source>
        <translation>Teamdag på screeningsdagen</translation>
    </message>
    <message>
        <source>Team day on another day</source>
        <translation>Teamdag en anden dag</translation>
    </message>
    <message>
        <source>No team day booked</source>
        <translation>Ingen teamdag booket</translation>
    </message>
    <message>
        <source>Goals in current plans</source>
        <translation>Mål i gældende planer</translation>
    </message>
    <message>
        <source>Rated, not reached</source>
        <translation>Vurderet, ikke nået</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>I fremgang</translation>
    </message>
    <message>
        <source>Stagnating</source>
        <translation>Står stille</translation>
    </message>
    <message>
        <source>Diverging</source>
        <translation>Uenige vurderinger</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>Ikke vurderet endnu</translation>
    </message>
    <message>
        <source>All: n</source>
        <translation>Alle: n</translation>
    </message>
    <message>
        <source>All: median</source>
        <translation>Alle: median</translation>
    </message>
    <message>
        <source>All: average</source>
        <translation>Alle: gennemsnit</translation>
    </message>
    <message>
        <source>Closed: n</source>
        <translation>Afsluttede: n</translation>
    </message>
    <message>
        <source>Closed: median</source>
        <translation>Afsluttede: median</translation>
    </message>
    <message>
        <source>Closed: average</source>
        <translation>Afsluttede: gennemsnit</translation>
    </message>
    <message>
        <source>Open: n</source>
        <translation>Åbne: n</translation>
    </message>
    <message>
        <source>Open: median</source>
        <translation>Åbne: median</translation>
    </message>
    <message>
        <source>Open: average</source>
        <translation>Åbne: gennemsnit</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Andel (%)</translation>
    </message>
    <message>
        <source>Cases per caseworker</source>
        <translation>Sager pr. sagsbehandler</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktive sager</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Above target</source>
        <translation>Over målet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Citizens by decided risk</source>
        <translation>Borgere efter besluttet risiko</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Citizens by intervention track</source>
        <translation>Borgere efter indsatsspor</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Indsatsspor</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Skridt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afslutning</translation>
    </message>
    <message>
        <source>Weeks on public support by entry quarter</source>
        <translation>Uger på offentlig forsørgelse efter startkvartal</translation>
    </message>
    <message>
        <source>Entry quarter</source>
        <translation>Startkvartal</translation>
    </message>
    <message>
        <source>Weeks on public support by decided risk</source>
        <translation>Uger på offentlig forsørgelse efter besluttet risiko</translation>
    </message>
    <message>
        <source>Team day on the screening day (moderate and high risk)</source>
        <translation>Teamdag på screeningsdagen (moderat og høj risiko)</translation>
    </message>
    <message>
        <source>Team day</source>
        <translation>Teamdag</translation>
    </message>
    <message>
        <source>Progression of the plan goals</source>
        <translation>Progression i planens mål</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Målstatus</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Share of rated goals (%)</source>
        <translation>Andel af vurderede mål (%)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Dannet</translation>
    </message>
    <message>
        <source>Active citizens in the period</source>
        <translation>Aktive borgere i perioden</translation>
    </message>
    <message>
        <source>With a company attachment</source>
        <translation>Med virksomhedstilknytning</translation>
    </message>
    <message>
        <source>Active citizens with a company attachment in the period</source>
        <translation>Aktive borgere med virksomhedstilknytning i perioden</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Citizens placed per company in the period</source>
        <translation>Borgere i praktik eller job pr. virksomhed i perioden</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>How placements ended in the period</source>
        <translation>Hvordan praktikker sluttede i perioden</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Sluttede</translation>
    </message>
    <message>
        <source>Weeks from benefit start to the first company attachment</source>
        <translation>Uger fra ydelsens start til første virksomhedstilknytning</translation>
    </message>
    <message>
        <source>Entry quarter or risk</source>
        <translation>Startkvartal eller risiko</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gennemsnit</translation>
    </message>
</context>
<context>
    <name>DashboardUi</name>
    <message>
        <source>&amp;Overview…</source>
        <translation>&amp;Overblik…</translation>
    </message>
    <message>
        <source>The team&apos;s numbers for a period: cases, risk, tracks, steps, outcomes, weeks on support, team days and progression</source>
        <translation>Teamets tal for en periode: sager, risiko, indsatsspor, skridt, afslutninger, uger på forsørgelse, teamdage og progression</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Databasen meldte en fejl: %1</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The number of demo citizens must be between 0 and 1,000,000.</source>
        <translation>Antallet af demoborgere skal være mellem 0 og 1.000.000.</translation>
    </message>
    <message>
        <source>The database is busy; no demo data was added.</source>
        <translation>Databasen er optaget; der blev ikke tilføjet demodata.</translation>
    </message>
    <message>
        <source>The number of actions cannot be negative.</source>
        <translation>Antallet af handlinger kan ikke være negativt.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>The retention period must be at least one year.</source>
        <translation>Opbevaringsperioden skal være mindst et år.</translation>
    </message>
    <message>
        <source>This citizen has already been erased.</source>
        <translation>Borgeren er allerede slettet.</translation>
    </message>
    <message>
        <source>The citizen does not exist.</source>
        <translation>Borgeren findes ikke.</translation>
    </message>
    <message>
        <source>Keep the reason short (at most %1 characters).</source>
        <translation>Hold begrundelsen kort (højst %1 tegn).</translation>
    </message>
    <message>
        <source>Write the reason without the citizen&apos;s name or CPR number: the record that remains of the erasure must not hold personal data.</source>
        <translation>Skriv begrundelsen uden borgerens navn eller CPR-nummer: den registrering af sletningen, der bliver tilbage, må ikke indeholde personoplysninger.</translation>
    </message>
    <message>
        <source>The case is still open. Close the case first, or give the reason for erasing the citizen now.</source>
        <translation>Sagen er stadig åben. Afslut sagen først, eller angiv begrundelsen for at slette borgeren nu.</translation>
    </message>
    <message numerus="yes">
        <source>The case was closed on %1 and is kept until %2 (%n years). To erase it before then, give the reason.</source>
        <translation>
            <numerusform>Sagen blev afsluttet den %1 og gemmes til %2 (%n år). Angiv begrundelsen for at slette den før.</numerusform>
            <numerusform>Sagen blev afsluttet den %1 og gemmes til %2 (%n år). Angiv begrundelsen for at slette den før.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database file could not be tidied up after the erasure (%1); it is tried again after the next erasure or sync.</source>
        <translation>Databasefilen kunne ikke ryddes op efter sletningen (%1); det forsøges igen efter næste sletning eller synkronisering.</translation>
    </message>
    <message>
        <source>The backup %1 still holds the erased data and could not be cleaned (%2). Delete the file.</source>
        <translation>Sikkerhedskopien %1 indeholder stadig de slettede oplysninger og kunne ikke renses (%2). Slet filen.</translation>
    </message>
</context>
<context>
    <name>FlowRules</name>
    <message>
        <source>%1 %2 has already passed; an appointment is booked ahead.</source>
        <translation>%1 %2 er allerede passeret; en aftale bookes forud.</translation>
    </message>
    <message>
        <source>%1 has no working hours, so nothing can be booked with them. Set them in Team ▸ Working hours….</source>
        <translation>%1 har ingen arbejdstider, så der kan ikke bookes noget med vedkommende. Sæt dem under Team ▸ Arbejdstider….</translation>
    </message>
    <message>
        <source>%1 does not work at %2–%3 on %4.</source>
        <translation>%1 arbejder ikke kl. %2–%3 den %4.</translation>
    </message>
    <message>
        <source>The note is signed after its talk is held: the talk on %1 %2 is marked &quot;%3&quot;. Mark it held on the Team day tab once it has taken place.</source>
        <translation>Notatet underskrives, når samtalen er holdt: samtalen %1 %2 står som &quot;%3&quot;. Markér den som holdt på fanen Teamdag, når den har fundet sted.</translation>
    </message>
    <message>
        <source>The note is signed after the talk: no talk between its author and the citizen is marked held yet. Mark the talk held on the Team day tab once it has taken place.</source>
        <translation>Notatet underskrives efter samtalen: ingen samtale mellem forfatteren og borgeren er markeret som holdt endnu. Markér samtalen som holdt på fanen Teamdag, når den har fundet sted.</translation>
    </message>
    <message>
        <source>%1: not booked</source>
        <translation>%1: ikke booket</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4</source>
        <translation>%1: %2 %3, %4</translation>
    </message>
    <message>
        <source>The conference follows the three talks, and not all are held yet (%1). Mark each talk held on the Team day tab once it has taken place.</source>
        <translation>Den tværfaglige konference følger efter de tre samtaler, og ikke alle er holdt endnu (%1). Markér hver samtale som holdt på fanen Teamdag, når den har fundet sted.</translation>
    </message>
    <message>
        <source>The conference is held on the three signed notes, and these are not signed yet: %1.</source>
        <translation>Den tværfaglige konference holdes på de tre underskrevne faglige notater, og disse er ikke underskrevet endnu: %1.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Samspil: cross-disciplinary employment work after the Hjørring model.</source>
        <translation>Samspil: tværfagligt beskæftigelsesarbejde efter Hjørring-modellen.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Åbn denne databasefil.</translation>
    </message>
    <message>
        <source>Open the demo database (fictitious citizens).</source>
        <translation>Åbn demodatabasen (fiktive borgere).</translation>
    </message>
    <message>
        <source>Language: da (Danish) or en (English).</source>
        <translation>Sprog: da (dansk) eller en (engelsk).</translation>
    </message>
    <message>
        <source>Welcome to Samspil</source>
        <translation>Velkommen til Samspil</translation>
    </message>
    <message>
        <source>This is the first time Samspil starts on this computer. Do you want to start with an empty database, or try Samspil with demo data (fictitious citizens and a team)?

Demo data can be recognised by “[DEMO]” in the title bar.</source>
        <translation>Det er første gang, Samspil starter på denne computer. Vil du starte med en tom database eller prøve Samspil med demodata (fiktive borgere og et team)?

Demodata kendes på “[DEMO]” i titellinjen.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Start tom</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Prøv med demodata</translation>
    </message>
    <message>
        <source>Samspil cannot open the database</source>
        <translation>Samspil kan ikke åbne databasen</translation>
    </message>
    <message>
        <source>Samspil</source>
        <translation>Samspil</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>Demodata kunne ikke oprettes: %1</translation>
    </message>
</context>
<context>
    <name>HelpUi</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
</context>
<context>
    <name>IcfCatalogue</name>
    <message>
        <source>The ICF catalogue is not valid JSON: %1</source>
        <translation>ICF-kataloget er ikke gyldig JSON: %1</translation>
    </message>
    <message>
        <source>The ICF catalogue has a malformed code: %1</source>
        <translation>ICF-kataloget har en ugyldig kode: %1</translation>
    </message>
    <message>
        <source>The ICF category %1 lacks a Danish or English title.</source>
        <translation>ICF-kategorien %1 mangler en dansk eller engelsk titel.</translation>
    </message>
    <message>
        <source>The ICF catalogue lists %1 twice.</source>
        <translation>ICF-kataloget har %1 to gange.</translation>
    </message>
    <message>
        <source>The ICF catalogue has a malformed or repeated chapter: %1</source>
        <translation>ICF-kataloget har et forkert eller gentaget kapitel: %1</translation>
    </message>
    <message>
        <source>The ICF chapter %1 lacks a Danish or English title.</source>
        <translation>ICF-kapitlet %1 mangler en dansk eller engelsk titel.</translation>
    </message>
    <message>
        <source>The ICF category %1 belongs to no chapter in the catalogue.</source>
        <translation>ICF-kategorien %1 hører ikke til noget kapitel i kataloget.</translation>
    </message>
</context>
<context>
    <name>IcfComponents</name>
    <message>
        <source>Body functions</source>
        <translation>Kroppens funktioner</translation>
    </message>
    <message>
        <source>Body structures</source>
        <translation>Kroppens anatomi</translation>
    </message>
    <message>
        <source>Activities and participation</source>
        <translation>Aktiviteter og deltagelse</translation>
    </message>
    <message>
        <source>Environmental factors</source>
        <translation>Omgivelsesfaktorer</translation>
    </message>
</context>
<context>
    <name>IcfQualifiers</name>
    <message>
        <source>no problem</source>
        <translation>intet problem</translation>
    </message>
    <message>
        <source>mild problem</source>
        <translation>let problem</translation>
    </message>
    <message>
        <source>moderate problem</source>
        <translation>moderat problem</translation>
    </message>
    <message>
        <source>severe problem</source>
        <translation>svært problem</translation>
    </message>
    <message>
        <source>complete problem</source>
        <translation>totalt problem</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>ikke specificeret</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>ikke relevant</translation>
    </message>
    <message>
        <source>no barrier</source>
        <translation>ingen barriere</translation>
    </message>
    <message>
        <source>mild barrier</source>
        <translation>let barriere</translation>
    </message>
    <message>
        <source>moderate barrier</source>
        <translation>moderat barriere</translation>
    </message>
    <message>
        <source>severe barrier</source>
        <translation>svær barriere</translation>
    </message>
    <message>
        <source>complete barrier</source>
        <translation>total barriere</translation>
    </message>
    <message>
        <source>no facilitator</source>
        <translation>ingen fremmende faktor</translation>
    </message>
    <message>
        <source>mild facilitator</source>
        <translation>let fremmende faktor</translation>
    </message>
    <message>
        <source>moderate facilitator</source>
        <translation>moderat fremmende faktor</translation>
    </message>
    <message>
        <source>substantial facilitator</source>
        <translation>betydelig fremmende faktor</translation>
    </message>
    <message>
        <source>complete facilitator</source>
        <translation>fuldstændig fremmende faktor</translation>
    </message>
    <message>
        <source>%1 is not an ICF category in the catalogue.</source>
        <translation>%1 er ikke en ICF-kategori i kataloget.</translation>
    </message>
    <message>
        <source>%1: the qualifier must be 0, 1, 2, 3, 4, 8 or 9.</source>
        <translation>%1: bedømmelsen skal være 0, 1, 2, 3, 4, 8 eller 9.</translation>
    </message>
    <message>
        <source>%1: only environmental factors can be facilitators.</source>
        <translation>%1: kun omgivelsesfaktorer kan være fremmende faktorer.</translation>
    </message>
    <message>
        <source>%1: a facilitator is rated 0 to 4.</source>
        <translation>%1: en fremmende faktor bedømmes 0 til 4.</translation>
    </message>
</context>
<context>
    <name>Instrument</name>
    <message>
        <source>Item %1 is not answered.</source>
        <translation>Spørgsmål %1 er ikke besvaret.</translation>
    </message>
    <message>
        <source>The answer to item %1 is %2, but it must be from %3 to %4.</source>
        <translation>Svaret på spørgsmål %1 er %2, men det skal være fra %3 til %4.</translation>
    </message>
    <message>
        <source>There is an answer to item %1, which is not in the instrument %2.</source>
        <translation>Der er et svar på spørgsmål %1, som ikke findes i spørgeskemaet %2.</translation>
    </message>
    <message>
        <source>The answer to item %1 must be a whole number.</source>
        <translation>Svaret på spørgsmål %1 skal være et helt tal.</translation>
    </message>
</context>
<context>
    <name>InstrumentLoader</name>
    <message>
        <source>The field “format” is missing; it must be “%1”.</source>
        <translation>Feltet “format” mangler; det skal være “%1”.</translation>
    </message>
    <message>
        <source>Unknown format “%1” in the field “format”; Samspil reads “%2”.</source>
        <translation>Ukendt format “%1” i feltet “format”; Samspil læser “%2”.</translation>
    </message>
    <message>
        <source>The field “id” is missing or empty.</source>
        <translation>Feltet “id” mangler eller er tomt.</translation>
    </message>
    <message>
        <source>The field “version” must be a whole number of 1 or more.</source>
        <translation>Feltet “version” skal være et helt tal på 1 eller mere.</translation>
    </message>
    <message>
        <source>The field “title” must have a Danish (“da”) or English (“en”) text.</source>
        <translation>Feltet “title” skal have en dansk (“da”) eller engelsk (“en”) tekst.</translation>
    </message>
    <message>
        <source>The field “items” must be a list with at least one item.</source>
        <translation>Feltet “items” skal være en liste med mindst ét spørgsmål.</translation>
    </message>
    <message>
        <source>Item number %1 is not an object.</source>
        <translation>Spørgsmål nummer %1 er ikke et objekt.</translation>
    </message>
    <message>
        <source>Item number %1 has no “id”.</source>
        <translation>Spørgsmål nummer %1 har intet “id”.</translation>
    </message>
    <message>
        <source>The item id %1 is used more than once.</source>
        <translation>Spørgsmålets id %1 er brugt mere end én gang.</translation>
    </message>
    <message>
        <source>Item %1: the field “text” must have a Danish (“da”) or English (“en”) text.</source>
        <translation>Spørgsmål %1: feltet “text” skal have en dansk (“da”) eller engelsk (“en”) tekst.</translation>
    </message>
    <message>
        <source>Item %1: the field “min” must be a whole number.</source>
        <translation>Spørgsmål %1: feltet “min” skal være et helt tal.</translation>
    </message>
    <message>
        <source>Item %1: the field “max” must be a whole number.</source>
        <translation>Spørgsmål %1: feltet “max” skal være et helt tal.</translation>
    </message>
    <message>
        <source>Item %1: “min” (%2) is greater than “max” (%3).</source>
        <translation>Spørgsmål %1: “min” (%2) er større end “max” (%3).</translation>
    </message>
    <message>
        <source>Item %1: the field “labels” must be an object such as {&quot;0&quot;: {&quot;da&quot;: …}}.</source>
        <translation>Spørgsmål %1: feltet “labels” skal være et objekt som {&quot;0&quot;: {&quot;da&quot;: …}}.</translation>
    </message>
    <message>
        <source>Item %1: the label key “%2” is not a whole number.</source>
        <translation>Spørgsmål %1: nøglen “%2” under “labels” er ikke et helt tal.</translation>
    </message>
    <message>
        <source>Item %1: the label for %2 is outside the range %3 to %4.</source>
        <translation>Spørgsmål %1: teksten til %2 ligger uden for intervallet %3 til %4.</translation>
    </message>
    <message>
        <source>Item %1: the label for %2 must have a Danish (“da”) or English (“en”) text.</source>
        <translation>Spørgsmål %1: teksten til %2 skal have en dansk (“da”) eller engelsk (“en”) tekst.</translation>
    </message>
    <message>
        <source>Item %1: the field “reverse” must be true or false.</source>
        <translation>Spørgsmål %1: feltet “reverse” skal være true eller false.</translation>
    </message>
    <message>
        <source>Item %1: the field “recode” must be an object such as {&quot;3&quot;: 1}.</source>
        <translation>Spørgsmål %1: feltet “recode” skal være et objekt som {&quot;3&quot;: 1}.</translation>
    </message>
    <message>
        <source>Item %1: the recode key “%2” is not a whole number.</source>
        <translation>Spørgsmål %1: nøglen “%2” under “recode” er ikke et helt tal.</translation>
    </message>
    <message>
        <source>Item %1: the recode key %2 is outside the range %3 to %4.</source>
        <translation>Spørgsmål %1: nøglen %2 under “recode” ligger uden for intervallet %3 til %4.</translation>
    </message>
    <message>
        <source>Item %1: the recoded value for %2 must be a number.</source>
        <translation>Spørgsmål %1: den omkodede værdi for %2 skal være et tal.</translation>
    </message>
    <message>
        <source>Item %1 has both “reverse” and “recode”; an item may have only one of them.</source>
        <translation>Spørgsmål %1 har både “reverse” og “recode”; et spørgsmål må kun have ét af dem.</translation>
    </message>
    <message>
        <source>The field “scores” must be a list with at least one score.</source>
        <translation>Feltet “scores” skal være en liste med mindst én score.</translation>
    </message>
    <message>
        <source>Score number %1 has no “id”.</source>
        <translation>Score nummer %1 har intet “id”.</translation>
    </message>
    <message>
        <source>The score id %1 is used more than once.</source>
        <translation>Scorens id %1 er brugt mere end én gang.</translation>
    </message>
    <message>
        <source>Score %1: the field “title” must have a Danish (“da”) or English (“en”) text.</source>
        <translation>Score %1: feltet “title” skal have en dansk (“da”) eller engelsk (“en”) tekst.</translation>
    </message>
    <message>
        <source>Score %1: the field “items” must list at least one item.</source>
        <translation>Score %1: feltet “items” skal nævne mindst ét spørgsmål.</translation>
    </message>
    <message>
        <source>Score %1 names item %2, which is not in the instrument.</source>
        <translation>Score %1 nævner spørgsmål %2, som ikke findes i spørgeskemaet.</translation>
    </message>
    <message>
        <source>Score %1 names item %2 more than once.</source>
        <translation>Score %1 nævner spørgsmål %2 mere end én gang.</translation>
    </message>
    <message>
        <source>Score %1: the field “weights” must be an object such as {&quot;q1&quot;: 2}.</source>
        <translation>Score %1: feltet “weights” skal være et objekt som {&quot;q1&quot;: 2}.</translation>
    </message>
    <message>
        <source>Score %1 has a weight for item %2, which is not one of its items.</source>
        <translation>Score %1 har en vægt for spørgsmål %2, som ikke er et af dens spørgsmål.</translation>
    </message>
    <message>
        <source>Score %1: the weight of item %2 must be a number.</source>
        <translation>Score %1: vægten for spørgsmål %2 skal være et tal.</translation>
    </message>
    <message>
        <source>The field “strata” must be a list of rules ending with one whose “when” is empty.</source>
        <translation>Feltet “strata” skal være en liste af regler, der slutter med en regel, hvis “when” er tom.</translation>
    </message>
    <message>
        <source>Stratum %1: unknown risk “%2” in the field “risk”; use low, moderate or high.</source>
        <translation>Regel %1: ukendt risiko “%2” i feltet “risk”; brug low, moderate eller high.</translation>
    </message>
    <message>
        <source>Stratum %1: the field “when” must be a list of conditions (empty: always holds).</source>
        <translation>Regel %1: feltet “when” skal være en liste af betingelser (tom: gælder altid).</translation>
    </message>
    <message>
        <source>Stratum %1, condition %2: the field “score” names %3, which is not a score of the instrument.</source>
        <translation>Regel %1, betingelse %2: feltet “score” nævner %3, som ikke er en score i spørgeskemaet.</translation>
    </message>
    <message>
        <source>Stratum %1, condition %2: unknown op “%3”; use &gt;=, &gt;, &lt;=, &lt; or ==.</source>
        <translation>Regel %1, betingelse %2: ukendt sammenligning “%3” i “op”; brug &gt;=, &gt;, &lt;=, &lt; eller ==.</translation>
    </message>
    <message>
        <source>Stratum %1, condition %2: the field “value” must be a number.</source>
        <translation>Regel %1, betingelse %2: feltet “value” skal være et tal.</translation>
    </message>
    <message>
        <source>The last stratum must always hold (an empty “when”), so that every set of answers gets a proposed risk.</source>
        <translation>Den sidste regel skal altid gælde (en tom “when”), så alle besvarelser får en foreslået risiko.</translation>
    </message>
    <message>
        <source>Cannot read the instrument %1: %2</source>
        <translation>Kan ikke læse spørgeskemaet %1: %2</translation>
    </message>
    <message>
        <source>the instrument</source>
        <translation>spørgeskemaet</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 (at character %3).</source>
        <translation>%1 er ikke gyldig JSON: %2 (ved tegn %3).</translation>
    </message>
    <message>
        <source>%1 is not an instrument: it must be a JSON object.</source>
        <translation>%1 er ikke et spørgeskema: det skal være et JSON-objekt.</translation>
    </message>
    <message>
        <source>%1 cannot be used:</source>
        <translation>%1 kan ikke bruges:</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <source>%1 hours a week</source>
        <translation>%1 timer om ugen</translation>
    </message>
    <message>
        <source>hours to be agreed</source>
        <translation>timer efter aftale</translation>
    </message>
    <message>
        <source>%1 offers %2, %3</source>
        <translation>%1 tilbyder %2, %3</translation>
    </message>
    <message>
        <source>, which fits the goal (%1, up to %2 hours a week)</source>
        <translation>, som passer til målet (%1, op til %2 timer om ugen)</translation>
    </message>
    <message>
        <source>, which fits the goal (%1)</source>
        <translation>, som passer til målet (%1)</translation>
    </message>
    <message numerus="yes">
        <source>, and its demands do not clash with the %n skånehensyn</source>
        <translation>
            <numerusform>, og kravene strider ikke mod det ene skånehensyn</numerusform>
            <numerusform>, og kravene strider ikke mod de %n skånehensyn</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan&apos;s goal is %1 at up to %2 hours a week</source>
        <translation>Planens mål er %1 med op til %2 timer om ugen</translation>
    </message>
    <message>
        <source>The plan&apos;s goal is %1</source>
        <translation>Planens mål er %1</translation>
    </message>
    <message>
        <source>%1, and %2 at %3 serves it.</source>
        <translation>%1, og %2 med %3 understøtter det.</translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 står to gange.</translation>
    </message>
    <message>
        <source>Unknown intervention tracks: %1</source>
        <translation>Ukendte indsatsspor: %1</translation>
    </message>
    <message>
        <source>The note is empty: add ICF findings or write what it means for job or education.</source>
        <translation>Notatet er tomt: tilføj ICF-fund eller skriv, hvad det betyder for job eller uddannelse.</translation>
    </message>
    <message>
        <source>The note does not exist.</source>
        <translation>Notatet findes ikke.</translation>
    </message>
    <message>
        <source>A signed note cannot be changed; write an amendment instead.</source>
        <translation>Et underskrevet notat kan ikke ændres; skriv en rettelse i stedet.</translation>
    </message>
    <message>
        <source>Only the author can change a draft note.</source>
        <translation>Kun forfatteren kan ændre et udkast til notat.</translation>
    </message>
    <message>
        <source>The citizen does not exist.</source>
        <translation>Borgeren findes ikke.</translation>
    </message>
    <message>
        <source>Choose the author of the note.</source>
        <translation>Vælg notatets forfatter.</translation>
    </message>
    <message>
        <source>The note is already signed.</source>
        <translation>Notatet er allerede underskrevet.</translation>
    </message>
    <message>
        <source>Only the author can sign the note.</source>
        <translation>Kun forfatteren kan underskrive notatet.</translation>
    </message>
    <message>
        <source>A draft is changed directly; only a signed note is amended.</source>
        <translation>Et udkast ændres direkte; kun et underskrevet notat rettes.</translation>
    </message>
    <message>
        <source>This version has already been amended; amend the newest version.</source>
        <translation>Denne version er allerede rettet; ret den nyeste version.</translation>
    </message>
    <message>
        <source>Only the author can amend the note.</source>
        <translation>Kun forfatteren kan rette notatet.</translation>
    </message>
    <message>
        <source>A signed note cannot be deleted.</source>
        <translation>Et underskrevet notat kan ikke slettes.</translation>
    </message>
    <message>
        <source>Only the author can discard a draft note.</source>
        <translation>Kun forfatteren kan kassere et udkast til notat.</translation>
    </message>
    <message>
        <source>A note is signed after it was written, and not in the future.</source>
        <translation>Et notat underskrives efter det er skrevet, og ikke ud i fremtiden.</translation>
    </message>
    <message>
        <source>A note is written and signed by its author only, as themselves.</source>
        <translation>Et notat skrives og underskrives kun af forfatteren selv, som den hun er logget ind som.</translation>
    </message>
</context>
<context>
    <name>NoteRules</name>
    <message>
        <source>no ICF findings</source>
        <translation>ingen ICF-fund</translation>
    </message>
    <message>
        <source>no personal factors</source>
        <translation>ingen personlige faktorer</translation>
    </message>
    <message>
        <source>nothing on what it means for job or education</source>
        <translation>intet om, hvad det betyder for job eller uddannelse</translation>
    </message>
    <message>
        <source>no recommended intervention tracks</source>
        <translation>ingen anbefalede indsatsspor</translation>
    </message>
</context>
<context>
    <name>NoteVisibility</name>
    <message>
        <source>Content hidden: the citizen has not given consent to share health information with the team.</source>
        <translation>Indhold skjult: borgeren har ikke givet samtykke til at dele helbredsoplysninger med teamet.</translation>
    </message>
    <message>
        <source>Content hidden: the citizen withdrew consent on %1.</source>
        <translation>Indhold skjult: borgeren tilbagekaldte sit samtykke den %1.</translation>
    </message>
    <message>
        <source>Content hidden: the consent applies from %1.</source>
        <translation>Indhold skjult: samtykket gælder fra %1.</translation>
    </message>
    <message>
        <source>Content hidden: the citizen&apos;s consent does not cover %1.</source>
        <translation>Indhold skjult: borgerens samtykke omfatter ikke %1.</translation>
    </message>
    <message>
        <source>your profession</source>
        <translation>din faggruppe</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Ordinary job</source>
        <translation>Ordinært job</translation>
    </message>
    <message>
        <source>Job with wage subsidy</source>
        <translation>Job med løntilskud</translation>
    </message>
    <message>
        <source>Flex job</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Other support (e.g. pension)</source>
        <translation>Anden forsørgelse (fx pension)</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>Fraflyttet</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>PlacementAgreement</name>
    <message>
        <source>Agreement on a company internship (virksomhedspraktik)</source>
        <translation>Aftale om virksomhedspraktik</translation>
    </message>
    <message>
        <source>Agreement on employment with wage subsidy (løntilskud)</source>
        <translation>Aftale om ansættelse med løntilskud</translation>
    </message>
    <message>
        <source>Agreement on a flex job</source>
        <translation>Aftale om fleksjob</translation>
    </message>
    <message>
        <source>Agreement on an ordinary job with follow-up</source>
        <translation>Aftale om ordinært job med opfølgning</translation>
    </message>
    <message>
        <source>Agreement on a small job</source>
        <translation>Aftale om småjob</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>The citizen, date</source>
        <translation>Borgeren, dato</translation>
    </message>
    <message>
        <source>The company, date</source>
        <translation>Virksomheden, dato</translation>
    </message>
    <message>
        <source>The job centre, date</source>
        <translation>Jobcentret, dato</translation>
    </message>
    <message>
        <source>No particular skånehensyn are agreed.</source>
        <translation>Der er ikke aftalt særlige skånehensyn.</translation>
    </message>
    <message>
        <source>The citizen has not agreed to share information about their health with the company. The skånehensyn above are what the company needs to know.</source>
        <translation>Borgeren har ikke givet samtykke til at dele oplysninger om sit helbred med virksomheden. Skånehensynene ovenfor er det, virksomheden har brug for at vide.</translation>
    </message>
    <message>
        <source>With the citizen&apos;s consent, the company may know:</source>
        <translation>Med borgerens samtykke må virksomheden vide:</translation>
    </message>
    <message>
        <source>Choose a placement first.</source>
        <translation>Vælg først en praktik.</translation>
    </message>
    <message>
        <source>The citizen or the company of the placement no longer exists.</source>
        <translation>Praktikkens borger eller virksomhed findes ikke længere.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact person at the company</source>
        <translation>Kontaktperson i virksomheden</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer om ugen</translation>
    </message>
    <message>
        <source>as agreed</source>
        <translation>efter aftale</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Company consultant</source>
        <translation>Virksomhedskonsulent</translation>
    </message>
    <message>
        <source>Follow-ups with the company</source>
        <translation>Opfølgninger med virksomheden</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>As agreed at the start.</source>
        <translation>Som aftalt ved starten.</translation>
    </message>
    <message>
        <source>Skånehensyn (what the workplace takes into account)</source>
        <translation>Skånehensyn (det, arbejdspladsen tager hensyn til)</translation>
    </message>
    <message>
        <source>Health information</source>
        <translation>Helbredsoplysninger</translation>
    </message>
    <message>
        <source>Placement agreement</source>
        <translation>Praktikaftale</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF&apos;en kunne ikke skrives til %1.</translation>
    </message>
    <message>
        <source>Print the placement agreement</source>
        <translation>Udskriv praktikaftalen</translation>
    </message>
</context>
<context>
    <name>PlacementKinds</name>
    <message>
        <source>company internship (virksomhedspraktik)</source>
        <translation>virksomhedspraktik</translation>
    </message>
    <message>
        <source>wage subsidy (løntilskud)</source>
        <translation>løntilskud</translation>
    </message>
    <message>
        <source>flex job</source>
        <translation>fleksjob</translation>
    </message>
    <message>
        <source>ordinary job</source>
        <translation>ordinært job</translation>
    </message>
    <message>
        <source>small job (few hours)</source>
        <translation>småjob</translation>
    </message>
    <message>
        <source>job</source>
        <translation>job</translation>
    </message>
    <message>
        <source>education</source>
        <translation>uddannelse</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>stoppet før tid</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andet</translation>
    </message>
</context>
<context>
    <name>PlacementRepository</name>
    <message>
        <source>The citizen does not exist.</source>
        <translation>Borgeren findes ikke.</translation>
    </message>
    <message>
        <source>The company does not exist; it may have been removed on another PC.</source>
        <translation>Virksomheden findes ikke; den er måske fjernet på en anden pc.</translation>
    </message>
    <message>
        <source>The contact person is not one of the company&apos;s.</source>
        <translation>Kontaktpersonen hører ikke til virksomheden.</translation>
    </message>
    <message>
        <source>The placement was saved but could not be read back.</source>
        <translation>Praktikken blev gemt, men kunne ikke læses igen.</translation>
    </message>
    <message>
        <source>The placement no longer exists.</source>
        <translation>Praktikken findes ikke længere.</translation>
    </message>
    <message>
        <source>The end date %1 lies in the future.</source>
        <translation>Slutdatoen %1 ligger i fremtiden.</translation>
    </message>
    <message>
        <source>No follow-up is planned on %1.</source>
        <translation>Der er ingen opfølgning planlagt den %1.</translation>
    </message>
</context>
<context>
    <name>PlacementRules</name>
    <message>
        <source>Choose the citizen.</source>
        <translation>Vælg borgeren.</translation>
    </message>
    <message>
        <source>Choose the company.</source>
        <translation>Vælg virksomheden.</translation>
    </message>
    <message>
        <source>Enter the date the placement starts.</source>
        <translation>Angiv datoen, hvor praktikken begynder.</translation>
    </message>
    <message>
        <source>The placement cannot start more than two years ahead (%1).</source>
        <translation>Praktikken kan ikke begynde mere end to år frem (%1).</translation>
    </message>
    <message>
        <source>The start date %1 is too far in the past.</source>
        <translation>Startdatoen %1 ligger for langt tilbage.</translation>
    </message>
    <message>
        <source>The placement cannot end (%1) before it starts (%2).</source>
        <translation>Praktikken kan ikke slutte (%1), før den begynder (%2).</translation>
    </message>
    <message>
        <source>Hours per week must lie between 0 and 60.</source>
        <translation>Timer om ugen skal ligge mellem 0 og 60.</translation>
    </message>
    <message>
        <source>Unknown skånehensyn: %1</source>
        <translation>Ukendt skånehensyn: %1</translation>
    </message>
    <message>
        <source>A follow-up date lies before the placement starts.</source>
        <translation>En opfølgningsdato ligger før praktikken begynder.</translation>
    </message>
    <message>
        <source>Enter the date the placement ended.</source>
        <translation>Angiv datoen, hvor praktikken sluttede.</translation>
    </message>
    <message>
        <source>The placement cannot end before it starts.</source>
        <translation>Praktikken kan ikke slutte, før den begynder.</translation>
    </message>
    <message>
        <source>Say why the placement ended early.</source>
        <translation>Skriv, hvorfor praktikken stoppede før tid.</translation>
    </message>
</context>
<context>
    <name>PlanDiff</name>
    <message>
        <source>Goal “%1”</source>
        <translation>Mål “%1”</translation>
    </message>
    <message>
        <source>Intervention “%1”</source>
        <translation>Indsats “%1”</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 tilføjet</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 fjernet</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>%1: %2 changed from “%3” to “%4”</source>
        <translation>%1: %2 ændret fra “%3” til “%4”</translation>
    </message>
    <message>
        <source>employment goal</source>
        <translation>beskæftigelsesmål</translation>
    </message>
    <message>
        <source>kind of goal</source>
        <translation>type af mål</translation>
    </message>
    <message>
        <source>hours per week</source>
        <translation>timer pr. uge</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>måldato</translation>
    </message>
    <message>
        <source>what matters to me</source>
        <translation>det er vigtigt for mig</translation>
    </message>
    <message>
        <source>my first step</source>
        <translation>mit første skridt</translation>
    </message>
    <message>
        <source>coordinating caseworker</source>
        <translation>koordinerende sagsbehandler</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>how success is seen</source>
        <translation>sådan ser vi, at målet er nået</translation>
    </message>
    <message>
        <source>tracks</source>
        <translation>indsatsspor</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ansvarlig</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>nået</translation>
    </message>
    <message>
        <source>main goal</source>
        <translation>overordnet mål</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>udfører</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>slut</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>reason for stopping</source>
        <translation>årsag til stop</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>Sub-goal “%1”</source>
        <translation>Delmål “%1”</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>The citizen does not exist.</source>
        <translation>Borgeren findes ikke.</translation>
    </message>
    <message>
        <source>The citizen has no intervention plan yet.</source>
        <translation>Borgeren har endnu ingen indsatsplan.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>Intervention plan</source>
        <translation>Indsatsplan</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Coordinating caseworker</source>
        <translation>Koordinerende sagsbehandler</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Employment goal</source>
        <translation>Beskæftigelsesmål</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation>Endnu ikke skrevet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer pr. uge</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <source>Progress toward the employment goal</source>
        <translation>Progression mod beskæftigelsesmålet</translation>
    </message>
    <message>
        <source>In my own words</source>
        <translation>Med mine egne ord</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Det er vigtigt for mig</translation>
    </message>
    <message>
        <source>My first step</source>
        <translation>Mit første skridt</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>How we will see it is reached</source>
        <translation>Sådan ser vi, at målet er nået</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Indsatsspor</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>Goal %1: %2</source>
        <translation>Mål %1: %2</translation>
    </message>
    <message>
        <source>Sub-goal %1.%2: %3</source>
        <translation>Delmål %1.%2: %3</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Progression: %1</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <source>No interventions yet.</source>
        <translation>Endnu ingen indsatser.</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udfører</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>The plan was agreed with the citizen on %1 (%2). Present: %3.</source>
        <translation>Planen blev aftalt med borgeren den %1 (%2). Til stede: %3.</translation>
    </message>
    <message>
        <source>Draft: the plan has not yet been agreed with the citizen.</source>
        <translation>Udkast: planen er endnu ikke aftalt med borgeren.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Intervention plan, %1</source>
        <translation>Indsatsplan, %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>PDF-filen kunne ikke skrives til %1.</translation>
    </message>
</context>
<context>
    <name>PlanDrafts</name>
    <message>
        <source>This version of Samspil cannot create intervention plans.</source>
        <translation>Denne version af Samspil kan ikke oprette indsatsplaner.</translation>
    </message>
</context>
<context>
    <name>PlanModule</name>
    <message>
        <source>Agree the plan with the citizen</source>
        <translation>Aftal planen med borgeren</translation>
    </message>
    <message>
        <source>Review the plan</source>
        <translation>Revider planen</translation>
    </message>
    <message numerus="yes">
        <source>%n plan version(s) belong to a citizen who does not exist.</source>
        <translation>
            <numerusform>%n planversion tilhører en borger, der ikke findes.</numerusform>
            <numerusform>%n planversioner tilhører en borger, der ikke findes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) or intervention(s) belong to a plan that does not exist.</source>
        <translation>
            <numerusform>%n mål eller indsats tilhører en plan, der ikke findes.</numerusform>
            <numerusform>%n mål eller indsatser tilhører en plan, der ikke findes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) belong to a citizen who does not exist.</source>
        <translation>
            <numerusform>%n vurdering tilhører en borger, der ikke findes.</numerusform>
            <numerusform>%n vurderinger tilhører en borger, der ikke findes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>The citizen does not exist; the plan was not saved.</source>
        <translation>Borgeren findes ikke; planen blev ikke gemt.</translation>
    </message>
    <message>
        <source>Hours per week must be between 0 and 60.</source>
        <translation>Timer pr. uge skal være mellem 0 og 60.</translation>
    </message>
    <message>
        <source>The coordinating caseworker does not exist.</source>
        <translation>Den koordinerende sagsbehandler findes ikke.</translation>
    </message>
    <message>
        <source>Goal %1 has no text; write what the citizen wants to achieve.</source>
        <translation>Mål %1 har ingen tekst; skriv, hvad borgeren vil opnå.</translation>
    </message>
    <message>
        <source>Goal %1 names an unknown track.</source>
        <translation>Mål %1 nævner et ukendt indsatsspor.</translation>
    </message>
    <message>
        <source>The person responsible for goal %1 does not exist.</source>
        <translation>Den ansvarlige for mål %1 findes ikke.</translation>
    </message>
    <message>
        <source>Sub-goal %1 belongs to a goal that is not in the plan.</source>
        <translation>Delmål %1 hører til et mål, der ikke er i planen.</translation>
    </message>
    <message>
        <source>Sub-goal %1 is under another sub-goal; sub-goals have one level only.</source>
        <translation>Delmål %1 ligger under et andet delmål; delmål har kun ét niveau.</translation>
    </message>
    <message>
        <source>Intervention %1 has no kind from the catalogue.</source>
        <translation>Indsats %1 har ingen type fra kataloget.</translation>
    </message>
    <message>
        <source>Intervention %1 names an unknown track.</source>
        <translation>Indsats %1 nævner et ukendt indsatsspor.</translation>
    </message>
    <message>
        <source>Intervention %1 ends before it starts.</source>
        <translation>Indsats %1 slutter, før den starter.</translation>
    </message>
    <message>
        <source>Intervention %1 is stopped; write the reason.</source>
        <translation>Indsats %1 er stoppet; skriv årsagen.</translation>
    </message>
    <message>
        <source>The provider of intervention %1 does not exist.</source>
        <translation>Udføreren af indsats %1 findes ikke.</translation>
    </message>
    <message>
        <source>Intervention %1 is linked to a goal that is not in the plan.</source>
        <translation>Indsats %1 er knyttet til et mål, der ikke er i planen.</translation>
    </message>
    <message>
        <source>Write the employment goal before the plan is agreed.</source>
        <translation>Skriv beskæftigelsesmålet, før planen aftales.</translation>
    </message>
    <message>
        <source>Add at least one goal before the plan is agreed.</source>
        <translation>Tilføj mindst ét mål, før planen aftales.</translation>
    </message>
    <message>
        <source>Give the date the citizen agreed to the plan.</source>
        <translation>Angiv datoen, hvor borgeren sagde ja til planen.</translation>
    </message>
    <message>
        <source>The agreement cannot be dated in the future.</source>
        <translation>Aftalen kan ikke dateres i fremtiden.</translation>
    </message>
    <message>
        <source>Write who was present when the plan was agreed.</source>
        <translation>Skriv, hvem der var til stede, da planen blev aftalt.</translation>
    </message>
    <message>
        <source>The citizen already has a draft plan; continue with that one.</source>
        <translation>Borgeren har allerede et udkast til en plan; fortsæt med det.</translation>
    </message>
    <message>
        <source>The plan does not exist; nothing was saved.</source>
        <translation>Planen findes ikke; intet blev gemt.</translation>
    </message>
    <message>
        <source>Version %1 of the plan is %2 and cannot be changed; start a new version to change it.</source>
        <translation>Version %1 af planen er %2 og kan ikke ændres; start en ny version for at ændre den.</translation>
    </message>
    <message>
        <source>A plan cannot be moved to another citizen.</source>
        <translation>En plan kan ikke flyttes til en anden borger.</translation>
    </message>
    <message>
        <source>Only a draft can be agreed; this version is already %1.</source>
        <translation>Kun et udkast kan aftales; denne version er allerede %1.</translation>
    </message>
    <message>
        <source>Only a draft can be thrown away; an agreed plan is kept.</source>
        <translation>Kun et udkast kan kasseres; en aftalt plan bevares.</translation>
    </message>
    <message>
        <source>The conference named an unknown track; the draft plan was not created.</source>
        <translation>Konferencen nævnte et ukendt indsatsspor; udkastet til planen blev ikke oprettet.</translation>
    </message>
    <message>
        <source>The case is closed; reopen it to change the plan.</source>
        <translation>Sagen er afsluttet; genåbn den for at ændre indsatsplanen.</translation>
    </message>
    <message>
        <source>The case is closed; reopen it to add a rating.</source>
        <translation>Sagen er afsluttet; genåbn den for at tilføje en vurdering.</translation>
    </message>
</context>
<context>
    <name>PlanSignals</name>
    <message>
        <source>the employment goal</source>
        <translation>beskæftigelsesmålet</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>no rise over the last three ratings</source>
        <translation>ingen fremgang over de sidste tre vurderinger</translation>
    </message>
    <message>
        <source>no rise in eight weeks</source>
        <translation>ingen fremgang i otte uger</translation>
    </message>
    <message>
        <source>The target date of the employment goal (%1) has passed.</source>
        <translation>Måldatoen for beskæftigelsesmålet (%1) er overskredet.</translation>
    </message>
    <message>
        <source>Progress toward the employment goal stands still (caseworker&apos;s ratings: %1).</source>
        <translation>Progressionen mod beskæftigelsesmålet står stille (sagsbehandlerens vurderinger: %1).</translation>
    </message>
    <message>
        <source>Goal %1 is past its target date (%2).</source>
        <translation>Mål %1 har overskredet sin måldato (%2).</translation>
    </message>
    <message>
        <source>Goal %1: the citizen rates %2 and the professional %3; talk about the difference.</source>
        <translation>Mål %1: borgeren vurderer %2 og fagpersonen %3; tal om forskellen.</translation>
    </message>
    <message>
        <source>Goal %1 stands still (%2&apos;s ratings: %3).</source>
        <translation>Mål %1 står stille (vurderet af %2: %3).</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Aftalt</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Ordinary job</source>
        <translation>Ordinært job</translation>
    </message>
    <message>
        <source>Flex job</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligt</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisk</translation>
    </message>
    <message>
        <source>Digitally</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppet</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Fagperson</translation>
    </message>
    <message>
        <source>Coordinating caseworker</source>
        <translation>Koordinerende sagsbehandler</translation>
    </message>
</context>
<context>
    <name>Professions</name>
    <message>
        <source>Coordinating caseworker</source>
        <translation>Koordinerende sagsbehandler</translation>
    </message>
    <message>
        <source>Physiotherapist</source>
        <translation>Fysioterapeut</translation>
    </message>
    <message>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Sygeplejerske</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Company consultant</source>
        <translation>Virksomhedskonsulent</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>ProgressionChart</name>
    <message>
        <source>Target date %1</source>
        <translation>Måldato %1</translation>
    </message>
    <message>
        <source>No ratings yet. Add the first one under “New rating” above.</source>
        <translation>Ingen vurderinger endnu. Tilføj den første under “Ny vurdering” ovenfor.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ProgressionRepository</name>
    <message>
        <source>The citizen does not exist; the rating was not saved.</source>
        <translation>Borgeren findes ikke; vurderingen blev ikke gemt.</translation>
    </message>
    <message>
        <source>A rating is a whole number from 1 to 10.</source>
        <translation>En vurdering er et helt tal fra 1 til 10.</translation>
    </message>
    <message>
        <source>Give the date of the rating.</source>
        <translation>Angiv datoen for vurderingen.</translation>
    </message>
    <message>
        <source>A rating cannot be dated in the future.</source>
        <translation>En vurdering kan ikke dateres i fremtiden.</translation>
    </message>
    <message>
        <source>Progress toward the employment goal is rated by the coordinating caseworker.</source>
        <translation>Progressionen mod beskæftigelsesmålet vurderes af den koordinerende sagsbehandler.</translation>
    </message>
    <message>
        <source>A goal is rated by the citizen and by the professional.</source>
        <translation>Et mål vurderes af borgeren og af fagpersonen.</translation>
    </message>
    <message>
        <source>The goal is not in this citizen&apos;s plan.</source>
        <translation>Målet er ikke i denne borgers plan.</translation>
    </message>
    <message>
        <source>The staff member who entered the rating does not exist.</source>
        <translation>Medarbejderen, der indtastede vurderingen, findes ikke.</translation>
    </message>
    <message>
        <source>The rating does not exist.</source>
        <translation>Vurderingen findes ikke.</translation>
    </message>
</context>
<context>
    <name>RcCsvImport</name>
    <message>
        <source>Name the survey the answers belong to.</source>
        <translation>Angiv den måling, besvarelserne hører til.</translation>
    </message>
    <message>
        <source>The header row lacks the column(s) %1. Expected: respondent_group, rated_group, frequent, timely, accurate, problem_solving, shared_goals, shared_knowledge, mutual_respect.</source>
        <translation>Overskriftsrækken mangler kolonnen/kolonnerne %1. Forventet: respondent_group, rated_group, frequent, timely, accurate, problem_solving, shared_goals, shared_knowledge, mutual_respect.</translation>
    </message>
    <message>
        <source>The database is busy; nothing was imported.</source>
        <translation>Databasen er optaget; intet blev importeret.</translation>
    </message>
    <message>
        <source>The file names no professional groups, so the survey “%1” cannot be created.</source>
        <translation>Filen nævner ingen faggrupper, så målingen “%1” kan ikke oprettes.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Rækken har %1 felter; overskriftsrækken har %2.</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number; answers are whole numbers from 1 to 5 or blank.</source>
        <translation>%1: %2 er ikke et helt tal; svar er hele tal fra 1 til 5 eller tomme.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number; answers are whole numbers from 1 to 5 or blank.</source>
        <translation>%1: “%2” er ikke et tal; svar er hele tal fra 1 til 5 eller tomme.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the scale 1 to 5.</source>
        <translation>%1: %2 ligger uden for skalaen 1 til 5.</translation>
    </message>
</context>
<context>
    <name>RcDimensions</name>
    <message>
        <source>Frequent communication</source>
        <translation>Hyppig kommunikation</translation>
    </message>
    <message>
        <source>Timely communication</source>
        <translation>Rettidig kommunikation</translation>
    </message>
    <message>
        <source>Accurate communication</source>
        <translation>Præcis kommunikation</translation>
    </message>
    <message>
        <source>Problem-solving communication</source>
        <translation>Problemløsende kommunikation</translation>
    </message>
    <message>
        <source>Shared goals</source>
        <translation>Fælles mål</translation>
    </message>
    <message>
        <source>Shared knowledge</source>
        <translation>Fælles viden</translation>
    </message>
    <message>
        <source>Mutual respect</source>
        <translation>Gensidig respekt</translation>
    </message>
</context>
<context>
    <name>RcMeasure</name>
    <message>
        <source>weak</source>
        <translation>svag</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stærk</translation>
    </message>
</context>
<context>
    <name>RcRepository</name>
    <message>
        <source>The survey needs a name.</source>
        <translation>Målingen skal have et navn.</translation>
    </message>
    <message>
        <source>A survey called “%1” already exists.</source>
        <translation>Der findes allerede en måling med navnet “%1”.</translation>
    </message>
    <message>
        <source>The survey needs a date.</source>
        <translation>Målingen skal have en dato.</translation>
    </message>
    <message>
        <source>Name at least one professional group.</source>
        <translation>Angiv mindst én faggruppe.</translation>
    </message>
    <message>
        <source>This survey no longer exists.</source>
        <translation>Denne måling findes ikke længere.</translation>
    </message>
    <message>
        <source>The database is busy; nothing was deleted.</source>
        <translation>Databasen er optaget; intet blev slettet.</translation>
    </message>
    <message>
        <source>The respondent&apos;s own group is missing.</source>
        <translation>Respondentens egen faggruppe mangler.</translation>
    </message>
    <message>
        <source>“%1” is not one of the groups in the survey “%2”.</source>
        <translation>“%1” er ikke en af faggrupperne i målingen “%2”.</translation>
    </message>
    <message>
        <source>The rated group is missing.</source>
        <translation>Den faggruppe, der vurderes, mangler.</translation>
    </message>
    <message>
        <source>%1: the answer must be from 1 to 5 or left blank (got %2).</source>
        <translation>%1: svaret skal være fra 1 til 5 eller stå tomt (fik %2).</translation>
    </message>
    <message>
        <source>The survey no longer exists; the answers were not saved.</source>
        <translation>Målingen findes ikke længere; svarene blev ikke gemt.</translation>
    </message>
    <message>
        <source>The database is busy; the answers were not saved.</source>
        <translation>Databasen er optaget; svarene blev ikke gemt.</translation>
    </message>
    <message>
        <source>%1 relational coordination surveys share one name; rename one so reports pick the right round.</source>
        <translation>%1 målinger af relationel koordinering har samme navn; omdøb en af dem, så rapporterne vælger den rigtige runde.</translation>
    </message>
    <message>
        <source>%1 relational coordination answers belong to no survey.</source>
        <translation>%1 svar om relationel koordinering hører ikke til nogen måling.</translation>
    </message>
    <message>
        <source>%1 relational coordination answers lie outside the scale 1 to 5.</source>
        <translation>%1 svar om relationel koordinering ligger uden for skalaen 1 til 5.</translation>
    </message>
    <message>
        <source>%1 relational coordination answers name a group their survey does not list.</source>
        <translation>%1 svar om relationel koordinering nævner en faggruppe, som deres måling ikke har.</translation>
    </message>
</context>
<context>
    <name>RcUi</name>
    <message>
        <source>&amp;Relational coordination…</source>
        <translation>&amp;Relationel koordinering…</translation>
    </message>
    <message>
        <source>How well the professions work together: survey rounds and the matrix</source>
        <translation>Hvor godt faggrupperne arbejder sammen: målerunder og matricen</translation>
    </message>
</context>
<context>
    <name>RcWording</name>
    <message>
        <source>Cannot read the wording file %1: %2</source>
        <translation>Kan ikke læse spørgsmålsfilen %1: %2</translation>
    </message>
    <message>
        <source>The wording file is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Spørgsmålsfilen er ikke UTF-8-tekst. Gem den som UTF-8, og prøv igen.</translation>
    </message>
    <message>
        <source>Line %1: unknown language “%2”; use [da] or [en].</source>
        <translation>Linje %1: ukendt sprog “%2”; brug [da] eller [en].</translation>
    </message>
    <message>
        <source>Line %1: the language [%2] appears twice.</source>
        <translation>Linje %1: sproget [%2] optræder to gange.</translation>
    </message>
    <message>
        <source>Line %1: expected “key = text”.</source>
        <translation>Linje %1: forventede “nøgle = tekst”.</translation>
    </message>
    <message>
        <source>Line %1: start with a language line, [da] or [en].</source>
        <translation>Linje %1: begynd med en sproglinje, [da] eller [en].</translation>
    </message>
    <message>
        <source>Line %1: the scale has the values 1 to 5 (scale.1 … scale.5).</source>
        <translation>Linje %1: skalaen har værdierne 1 til 5 (scale.1 … scale.5).</translation>
    </message>
    <message>
        <source>Line %1: unknown key “%2”.</source>
        <translation>Linje %1: ukendt nøgle “%2”.</translation>
    </message>
    <message>
        <source>The wording file defines no language; start a section with [da] or [en].</source>
        <translation>Spørgsmålsfilen angiver intet sprog; begynd et afsnit med [da] eller [en].</translation>
    </message>
    <message>
        <source>The section [%1] lacks the question(s) %2.</source>
        <translation>Afsnittet [%1] mangler spørgsmålet/spørgsmålene %2.</translation>
    </message>
</context>
<context>
    <name>Replica</name>
    <message>
        <source>the batch names a table this version of Samspil does not know (“%1”); it may come from a newer Samspil</source>
        <translation>pakken nævner en tabel, som denne version af Samspil ikke kender (“%1”); den kommer måske fra en nyere Samspil</translation>
    </message>
    <message>
        <source>the batch names a field this version of Samspil does not know (“%1.%2”); it may come from a newer Samspil</source>
        <translation>pakken nævner et felt, som denne version af Samspil ikke kender (“%1.%2”); den kommer måske fra en nyere Samspil</translation>
    </message>
    <message>
        <source>the batch holds an invalid value for %1.%2</source>
        <translation>pakken indeholder en ugyldig værdi for %1.%2</translation>
    </message>
    <message>
        <source>This conflict has already been settled.</source>
        <translation>Denne konflikt er allerede afgjort.</translation>
    </message>
    <message>
        <source>the snapshot names a table this version of Samspil does not know (“%1”)</source>
        <translation>øjebliksbilledet nævner en tabel, som denne version af Samspil ikke kender (“%1”)</translation>
    </message>
    <message>
        <source>the snapshot names a field this version of Samspil does not know (“%1.%2”)</source>
        <translation>øjebliksbilledet nævner et felt, som denne version af Samspil ikke kender (“%1.%2”)</translation>
    </message>
    <message>
        <source>the snapshot holds an invalid value for %1.%2</source>
        <translation>øjebliksbilledet indeholder en ugyldig værdi for %1.%2</translation>
    </message>
    <message>
        <source>the snapshot is of a format this version of Samspil does not know; it may come from a newer Samspil</source>
        <translation>øjebliksbilledet har et format, som denne version af Samspil ikke kender; det kan komme fra en nyere Samspil</translation>
    </message>
    <message>
        <source>the snapshot names a PC by something that is not a PC&apos;s id</source>
        <translation>øjebliksbilledet nævner en pc ved noget, der ikke er en pc&apos;s id</translation>
    </message>
    <message>
        <source>the snapshot holds an invalid row in %1</source>
        <translation>øjebliksbilledet indeholder en ugyldig række i %1</translation>
    </message>
    <message>
        <source>the snapshot is damaged (its contents cannot be read)</source>
        <translation>øjebliksbilledet er beskadiget (indholdet kan ikke læses)</translation>
    </message>
    <message>
        <source>the snapshot names a PC that is not in the team</source>
        <translation>øjebliksbilledet nævner en pc, der ikke er med i teamet</translation>
    </message>
    <message>
        <source>the snapshot holds changes stamped too far ahead of this PC&apos;s clock</source>
        <translation>øjebliksbilledet indeholder ændringer, der er tidsstemplet for langt foran denne pc&apos;s ur</translation>
    </message>
    <message>
        <source>this PC does not have the memory to read the snapshot (%1 MB)</source>
        <translation>denne pc har ikke hukommelse nok til at læse øjebliksbilledet (%1 MB)</translation>
    </message>
</context>
<context>
    <name>Risks</name>
    <message>
        <source>low</source>
        <translation>lav</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderat</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høj</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Could not update the database to version %1: %2</source>
        <translation>Databasen kunne ikke opdateres til version %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1” er ikke et helt tal.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>“%1” er ikke ja eller nej.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” er ikke et tal.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1” er ikke en dato.</translation>
    </message>
    <message>
        <source>“%1” is not a time.</source>
        <translation>“%1” er ikke et tidspunkt.</translation>
    </message>
</context>
<context>
    <name>ScreeningModule</name>
    <message numerus="yes">
        <source>%n screening(s) belong to a citizen who does not exist.</source>
        <translation>
            <numerusform>%n screening hører til en borger, som ikke findes.</numerusform>
            <numerusform>%n screeninger hører til en borger, som ikke findes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n screening correction(s) point at a screening that does not exist.</source>
        <translation>
            <numerusform>%n rettelse af en screening peger på en screening, som ikke findes.</numerusform>
            <numerusform>%n rettelser af screeninger peger på en screening, som ikke findes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreeningRepository</name>
    <message>
        <source>No questionnaire is chosen for the screening.</source>
        <translation>Der er ikke valgt et spørgeskema til screeningen.</translation>
    </message>
    <message>
        <source>The citizen does not exist; the screening was not saved.</source>
        <translation>Borgeren findes ikke; screeningen blev ikke gemt.</translation>
    </message>
    <message>
        <source>Choose who carried out the screening.</source>
        <translation>Vælg, hvem der har foretaget screeningen.</translation>
    </message>
    <message>
        <source>The staff member who carried out the screening does not exist.</source>
        <translation>Medarbejderen, der har foretaget screeningen, findes ikke.</translation>
    </message>
    <message>
        <source>Choose the decided risk: low, moderate or high.</source>
        <translation>Vælg den besluttede risiko: lav, moderat eller høj.</translation>
    </message>
    <message>
        <source>The decided risk (%1) differs from the proposed risk (%2); write the reason for the decision.</source>
        <translation>Den besluttede risiko (%1) afviger fra den foreslåede (%2); skriv begrundelsen for beslutningen.</translation>
    </message>
    <message>
        <source>The screening to correct does not exist; nothing was saved.</source>
        <translation>Screeningen, der skal rettes, findes ikke; intet blev gemt.</translation>
    </message>
    <message>
        <source>This screening has already been corrected; correct the newest version instead.</source>
        <translation>Denne screening er allerede rettet; ret den nyeste version i stedet.</translation>
    </message>
    <message>
        <source>A correction must be for the same citizen as the screening it corrects.</source>
        <translation>En rettelse skal gælde den samme borger som den screening, den retter.</translation>
    </message>
    <message>
        <source>A screening cannot be dated in the future.</source>
        <translation>En screening kan ikke dateres ud i fremtiden.</translation>
    </message>
</context>
<context>
    <name>ScreeningUi</name>
    <message>
        <source>New screening</source>
        <translation>Ny screening</translation>
    </message>
    <message>
        <source>Choose a citizen in the caseload first.</source>
        <translation>Vælg først en borger i sagsstammen.</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>New &amp;screening…</source>
        <translation>Ny &amp;screening…</translation>
    </message>
    <message>
        <source>Screen the chosen citizen for risk of long-term public support</source>
        <translation>Screen den valgte borger for risiko for langvarig offentlig forsørgelse</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The operating system did not say which account is logged on.</source>
        <translation>Styresystemet oplyste ikke, hvilken konto der er logget på.</translation>
    </message>
    <message>
        <source>This database already has its first leader. Ask a leader of the team to add the account %1.</source>
        <translation>Databasen har allerede sin første leder. Bed en leder i teamet om at tilføje kontoen %1.</translation>
    </message>
    <message>
        <source>This is not a demo database.</source>
        <translation>Det er ikke en demodatabase.</translation>
    </message>
    <message>
        <source>Acting as someone else is only possible in a demo database, for training.</source>
        <translation>Man kan kun handle som en anden i en demodatabase, for at øve sig.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Medarbejderen findes ikke længere.</translation>
    </message>
    <message>
        <source>a leader of the team</source>
        <translation>en leder i teamet</translation>
    </message>
    <message>
        <source>The account %1 belongs to %2, who has been deactivated in Samspil. %3 can make the account active again.</source>
        <translation>Kontoen %1 tilhører %2, som er deaktiveret i Samspil. %3 kan gøre kontoen aktiv igen.</translation>
    </message>
    <message>
        <source>No account has been added to this database yet. The first to start it becomes the team&apos;s leader: start Samspil and give your name and initials, or run “samspil-cli init --db FILE --name NAME --initials INITIALS”.</source>
        <translation>Der er endnu ikke tilføjet nogen konto til denne database. Den første, der starter den, bliver teamets leder: start Samspil og angiv dit navn og dine initialer, eller kør “samspil-cli init --db FIL --name NAVN --initials INITIALER”.</translation>
    </message>
    <message>
        <source>The operating system did not say which account is logged on, so Samspil shows no citizen data.</source>
        <translation>Styresystemet oplyste ikke, hvilken konto der er logget på, så Samspil viser ingen borgerdata.</translation>
    </message>
    <message>
        <source>The account %1 is not a Samspil user in this database, so Samspil shows no citizen data. %2 can add it under Team ▸ Staff.</source>
        <translation>Kontoen %1 er ikke bruger af Samspil i denne database, så Samspil viser ingen borgerdata. %2 kan tilføje den under Team ▸ Medarbejdere.</translation>
    </message>
</context>
<context>
    <name>Share</name>
    <message>
        <source>The shared drive %1 cannot be reached. Samspil keeps working on this PC and sends your changes when the drive is back.</source>
        <translation>Det fælles drev %1 kan ikke nås. Samspil arbejder videre på denne pc og sender dine ændringer, når drevet er tilbage.</translation>
    </message>
    <message>
        <source>Samspil cannot create the folder %1 on the shared drive. Check that you may write there.</source>
        <translation>Samspil kan ikke oprette mappen %1 på det fælles drev. Kontrollér, at du har lov til at skrive der.</translation>
    </message>
    <message>
        <source>Samspil could not write %1 on the shared drive: %2</source>
        <translation>Samspil kunne ikke skrive %1 på det fælles drev: %2</translation>
    </message>
    <message>
        <source>Samspil could not read %1 on the shared drive: %2</source>
        <translation>Samspil kunne ikke læse %1 på det fælles drev: %2</translation>
    </message>
    <message>
        <source>Samspil could not remove %1 on the shared drive.</source>
        <translation>Samspil kunne ikke fjerne %1 fra det fælles drev.</translation>
    </message>
    <message>
        <source>%1 on the shared drive is larger than any file Samspil writes (%2 MB); it is not read.</source>
        <translation>%1 på det fælles drev er større end nogen fil, Samspil skriver (%2 MB); den læses ikke.</translation>
    </message>
    <message>
        <source>%1 on the shared drive is larger than any file Samspil writes; it is not read.</source>
        <translation>%1 på det fælles drev er større end nogen fil, Samspil skriver; den læses ikke.</translation>
    </message>
    <message>
        <source>the team file is damaged</source>
        <translation>teamfilen er beskadiget</translation>
    </message>
    <message>
        <source>the file samspil-team.json is not a Samspil team file</source>
        <translation>filen samspil-team.json er ikke en Samspil-teamfil</translation>
    </message>
    <message>
        <source>the team file is damaged: it names no team</source>
        <translation>teamfilen er beskadiget: den nævner intet team</translation>
    </message>
    <message>
        <source>the shared drive was set up by a newer version of Samspil; update Samspil on this PC</source>
        <translation>det fælles drev er sat op af en nyere version af Samspil; opdatér Samspil på denne pc</translation>
    </message>
    <message>
        <source>the team file is not signed by a member of the team</source>
        <translation>teamfilen er ikke underskrevet af et medlem af teamet</translation>
    </message>
    <message>
        <source>the join request is damaged or not signed by the PC that made it</source>
        <translation>anmodningen om at komme med er beskadiget eller ikke underskrevet af den pc, der lavede den</translation>
    </message>
</context>
<context>
    <name>SlotPlanner</name>
    <message>
        <source>%1 has passed.</source>
        <translation>%1 er overstået.</translation>
    </message>
    <message>
        <source>There is no active %1 on the team.</source>
        <translation>Der er ingen aktiv %1 i teamet.</translation>
    </message>
    <message>
        <source>No %1 works on %2 %3.</source>
        <translation>Ingen %1 arbejder %2 %3.</translation>
    </message>
    <message>
        <source>On %1 %2 there are not %3 free minutes with a physiotherapist, a psychologist and a nurse one after another within their working hours, without overlapping the citizen&apos;s other appointments.</source>
        <translation>%1 %2 er der ikke %3 ledige minutter med en fysioterapeut, en psykolog og en sygeplejerske efter hinanden inden for deres arbejdstid uden at overlappe borgerens andre aftaler.</translation>
    </message>
    <message>
        <source>A talk lasts from 5 minutes to 8 hours.</source>
        <translation>En samtale varer fra 5 minutter til 8 timer.</translation>
    </message>
    <message>
        <source>Choose the day of the team day.</source>
        <translation>Vælg dagen for det tværfaglige team.</translation>
    </message>
    <message>
        <source>No day in the next %1 days has room for the team day. %2</source>
        <translation>Ingen dag i de næste %1 dage har plads til det tværfaglige team. %2</translation>
    </message>
    <message>
        <source>A meeting lasts from 5 minutes to 8 hours.</source>
        <translation>Et møde varer fra 5 minutter til 8 timer.</translation>
    </message>
    <message>
        <source>Choose the participants of the meeting.</source>
        <translation>Vælg deltagerne i mødet.</translation>
    </message>
    <message>
        <source>Choose the days to look for a time in.</source>
        <translation>Vælg de dage, der skal søges efter en tid i.</translation>
    </message>
    <message>
        <source>A participant is not an active member of the team.</source>
        <translation>En deltager er ikke et aktivt medlem af teamet.</translation>
    </message>
    <message>
        <source>From %1 to %2 there are not %3 minutes when %4 are all free within their working hours.</source>
        <translation>Fra %1 til %2 er der ikke %3 minutter, hvor %4 alle er ledige inden for deres arbejdstid.</translation>
    </message>
    <message>
        <source>No working hours on those days: %1.</source>
        <translation>Ingen arbejdstid de dage: %1.</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>The name is missing.</source>
        <translation>Navnet mangler.</translation>
    </message>
    <message>
        <source>The initials are missing.</source>
        <translation>Initialerne mangler.</translation>
    </message>
    <message>
        <source>Initials are 2 to 6 letters, optionally followed by a number (e.g. MHA or MHA2).</source>
        <translation>Initialer er 2 til 6 bogstaver, eventuelt efterfulgt af et tal (fx MHA eller MHA2).</translation>
    </message>
    <message>
        <source>The initials %1 already belong to %2.</source>
        <translation>Initialerne %1 tilhører allerede %2.</translation>
    </message>
    <message>
        <source>This staff member no longer exists.</source>
        <translation>Medarbejderen findes ikke længere.</translation>
    </message>
    <message>
        <source>%1 is the team&apos;s only leader. Make another staff member a leader first.</source>
        <translation>%1 er teamets eneste leder. Gør først en anden medarbejder til leder.</translation>
    </message>
    <message>
        <source>Name the account (as the person logs on to the PC, e.g. KOMMUNE\mha).</source>
        <translation>Angiv kontoen (som personen logger på pc’en med, fx KOMMUNE\mha).</translation>
    </message>
    <message>
        <source>The account %1 already belongs to %2. Unbind it there first.</source>
        <translation>Kontoen %1 tilhører allerede %2. Fjern den der først.</translation>
    </message>
    <message>
        <source>The account %1 is bound to nobody.</source>
        <translation>Kontoen %1 er ikke knyttet til nogen.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Joined the team on %1.</source>
        <translation>Tilsluttet teamet på %1.</translation>
    </message>
    <message>
        <source>Sync was interrupted (%1).</source>
        <translation>Synkroniseringen blev afbrudt (%1).</translation>
    </message>
    <message>
        <source>This database has not joined a shared folder yet. Choose the team&apos;s shared folder first.</source>
        <translation>Denne database er endnu ikke tilsluttet en fælles mappe. Vælg først teamets fælles mappe.</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 sprunget over: %2</translation>
    </message>
    <message>
        <source>Synchronised: %1 changes sent, %2 received, %3 new conflicts.</source>
        <translation>Synkroniseret: %1 ændringer sendt, %2 modtaget, %3 nye konflikter.</translation>
    </message>
    <message>
        <source>Caught up from another PC&apos;s snapshot (%1).</source>
        <translation>Indhentet fra en anden pc&apos;s øjebliksbillede (%1).</translation>
    </message>
    <message>
        <source>Changes %1 to %2 from another PC are not on the shared drive yet; later changes from that PC wait for them.</source>
        <translation>Ændring %1 til %2 fra en anden pc er endnu ikke på det fælles drev; senere ændringer fra den pc venter på dem.</translation>
    </message>
    <message>
        <source>the file&apos;s header does not match its name or folder</source>
        <translation>filens hoved passer ikke til dens navn eller mappe</translation>
    </message>
    <message>
        <source>%1 is held back: it is stamped %2 minutes ahead of this PC&apos;s clock. Check the clock on this PC and on the other PC; the changes are applied once the clocks agree.</source>
        <translation>%1 holdes tilbage: den er stemplet %2 minutter foran denne pc&apos;s ur. Kontrollér uret på denne pc og på den anden pc; ændringerne anvendes, når urene stemmer overens.</translation>
    </message>
    <message>
        <source>Removed %1 batches from the shared drive that every PC has applied.</source>
        <translation>Fjernede %1 pakker fra det fælles drev, som alle pc&apos;er har anvendt.</translation>
    </message>
    <message>
        <source>Rewrote this PC&apos;s folder on the shared drive after an erasure (%1 batches replaced by a snapshot).</source>
        <translation>Denne pc&apos;s mappe på det fælles drev er skrevet om efter en sletning (%1 pakker erstattet af et øjebliksbillede).</translation>
    </message>
    <message>
        <source>The encryption library could not be started on this PC.</source>
        <translation>Krypteringsbiblioteket kunne ikke startes på denne pc.</translation>
    </message>
    <message>
        <source>This PC waits to be admitted to the team. On a PC of the team, choose File ▸ Synchronisation and admit the PC with the code %1.</source>
        <translation>Denne pc venter på at blive optaget i teamet. Vælg Filer ▸ Synkronisering… på en pc i teamet, og optag pc&apos;en med koden %1.</translation>
    </message>
    <message>
        <source>the folder of a PC that is not admitted to the team; its files are not read</source>
        <translation>mappen tilhører en pc, der ikke er optaget i teamet; dens filer læses ikke</translation>
    </message>
    <message>
        <source>written after its PC was retired from the team; not read</source>
        <translation>skrevet efter at dens pc blev meldt ud af teamet; læses ikke</translation>
    </message>
    <message>
        <source>the file names a PC that is not in the team</source>
        <translation>filen nævner en pc, der ikke er med i teamet</translation>
    </message>
    <message>
        <source>The shared drive did not keep %1 whole (it may be full or failing). The changes stay on this PC and are sent at the next sync.</source>
        <translation>Det fælles drev gemte ikke %1 helt (det er måske fuldt eller svigter). Ændringerne bliver på denne pc og sendes ved næste synkronisering.</translation>
    </message>
    <message>
        <source>%1 is in this PC&apos;s own folder but was not written by this PC, or was damaged; it was removed (and is written again when another PC needs it).</source>
        <translation>%1 ligger i denne pc&apos;s egen mappe, men er ikke skrevet af denne pc eller er beskadiget; den er fjernet (og skrives igen, når en anden pc har brug for den).</translation>
    </message>
    <message>
        <source>Wrote %1 of this PC&apos;s files on the shared drive again (they were missing or damaged).</source>
        <translation>Skrev %1 af denne pc&apos;s filer på det fælles drev igen (de manglede eller var beskadigede).</translation>
    </message>
    <message>
        <source>Removed this PC&apos;s files of the unsealed format from the shared drive: every PC of the team has moved to the sealed format.</source>
        <translation>Fjernede denne pc&apos;s filer i det uforseglede format fra det fælles drev: alle teamets pc&apos;er er gået over til det forseglede format.</translation>
    </message>
    <message>
        <source>The shared drive did not keep the team file whole (it may be full or failing).</source>
        <translation>Det fælles drev gemte ikke teamfilen helt (det er måske fuldt eller svigter).</translation>
    </message>
    <message>
        <source>The shared folder %1 cannot be used: %2</source>
        <translation>Den fælles mappe %1 kan ikke bruges: %2</translation>
    </message>
    <message>
        <source>The folder %1 belongs to another team than this database. A database can only sync with its own team&apos;s shared folder.</source>
        <translation>Mappen %1 hører til et andet team end denne database. En database kan kun synkronisere med sit eget teams fælles mappe.</translation>
    </message>
    <message>
        <source>The shared folder %1 had no team file: it was emptied or made again. Samspil set the team up again from this PC and sends its changes again; the other PCs do the same at their next sync.</source>
        <translation>Den fælles mappe %1 havde ingen teamfil: den er tømt eller lavet på ny. Samspil har sat teamet op igen fra denne pc og sender dens ændringer igen; de andre pc&apos;er gør det samme ved deres næste synkronisering.</translation>
    </message>
    <message>
        <source>The shared folder %1 holds no Samspil team. Choose the team&apos;s shared folder again.</source>
        <translation>Den fælles mappe %1 rummer intet Samspil-team. Vælg teamets fælles mappe igen.</translation>
    </message>
    <message>
        <source>the team file was replaced by one in the unsealed format</source>
        <translation>teamfilen er erstattet af en i det uforseglede format</translation>
    </message>
    <message>
        <source>Choose the team&apos;s shared folder first.</source>
        <translation>Vælg teamets fælles mappe først.</translation>
    </message>
    <message>
        <source>This PC sealed the team&apos;s shared folder: files on it are now encrypted and signed. The team&apos;s other PCs ask to join when they are updated; admit them under File ▸ Synchronisation.</source>
        <translation>Denne pc har forseglet teamets fælles mappe: filerne dér er nu krypterede og underskrevne. Teamets andre pc&apos;er beder om at komme med, når de er opdateret; optag dem under Filer ▸ Synkronisering….</translation>
    </message>
    <message>
        <source>the team file is not signed by a member of the team</source>
        <translation>teamfilen er ikke underskrevet af et medlem af teamet</translation>
    </message>
    <message>
        <source>This PC has been retired from the team and no longer syncs. Ask a member of the team if that is a mistake; the PC must then join again as a new PC.</source>
        <translation>Denne pc er meldt ud af teamet og synkroniserer ikke længere. Spørg et medlem af teamet, hvis det er en fejl; pc&apos;en skal så komme med igen som en ny pc.</translation>
    </message>
    <message>
        <source>The team file on %1 cannot be trusted (%2). Ask a member of the team to sync, which puts it right.</source>
        <translation>Teamfilen på %1 kan ikke stoles på (%2). Bed et medlem af teamet om at synkronisere; det retter den.</translation>
    </message>
    <message>
        <source>This PC has been retired from the team and no longer syncs.</source>
        <translation>Denne pc er meldt ud af teamet og synkroniserer ikke længere.</translation>
    </message>
    <message>
        <source>Asked to join the team on %1; waiting to be admitted (code %2).</source>
        <translation>Bad om at komme med i teamet på %1; venter på optagelse (kode %2).</translation>
    </message>
    <message>
        <source>An admission code has 12 digits, as the new PC shows it (for example 1234 5678 9012).</source>
        <translation>En optagelseskode har 12 cifre, som den nye pc viser den (fx 1234 5678 9012).</translation>
    </message>
    <message>
        <source>Admitted the PC %1 (code %2) to the team.</source>
        <translation>Optog pc&apos;en %1 (kode %2) i teamet.</translation>
    </message>
    <message>
        <source>No PC waiting to join has the code %1. Check the code on the new PC&apos;s screen, and that it has asked to join this team&apos;s shared folder.</source>
        <translation>Ingen ventende pc har koden %1. Tjek koden på den nye pc&apos;s skærm, og at den har bedt om at komme med i dette teams fælles mappe.</translation>
    </message>
    <message>
        <source>A PC cannot retire itself; retire it from another PC of the team.</source>
        <translation>En pc kan ikke melde sig selv ud; meld den ud fra en anden pc i teamet.</translation>
    </message>
    <message>
        <source>No PC of the team has the id %1.</source>
        <translation>Ingen pc i teamet har id&apos;et %1.</translation>
    </message>
    <message>
        <source>Retired the PC %1 from the team; the team key was replaced.</source>
        <translation>Meldte pc&apos;en %1 ud af teamet; teamnøglen er skiftet.</translation>
    </message>
    <message>
        <source>This PC is not a member of the team yet, so it cannot admit or retire others.</source>
        <translation>Denne pc er endnu ikke medlem af teamet og kan derfor ikke optage eller melde andre ud.</translation>
    </message>
    <message>
        <source>This PC was admitted to the team by %1 (its code %2).</source>
        <translation>Denne pc blev optaget i teamet af %1 (dens kode %2).</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>This PC only</source>
        <translation>Kun denne pc</translation>
    </message>
    <message>
        <source>Not synchronised with the team. Choose the team&apos;s shared folder under File → Sync….</source>
        <translation>Ikke synkroniseret med teamet. Vælg teamets fælles mappe under Filer → Synkronisering….</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Sync: problem</source>
        <translation>Synkronisering: problem</translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation>Synkroniseret %1</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Endnu ikke synkroniseret</translation>
    </message>
    <message>
        <source>Shared folder: %1</source>
        <translation>Fælles mappe: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n ændring venter på at blive sendt.</numerusform>
            <numerusform>%n ændringer venter på at blive sendt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synkronisér &amp;nu</translation>
    </message>
    <message>
        <source>Exchange changes with the team&apos;s other PCs now</source>
        <translation>Udveksl ændringer med teamets andre pc&apos;er nu</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>S&amp;ynkronisering…</translation>
    </message>
    <message>
        <source>The team&apos;s shared folder, conflicts and the sync log</source>
        <translation>Teamets fælles mappe, konflikter og synkroniseringsloggen</translation>
    </message>
    <message>
        <source>Waiting to be admitted</source>
        <translation>Venter på optagelse</translation>
    </message>
    <message>
        <source>This PC waits to be admitted to the team (code %1). See File → Sync….</source>
        <translation>Denne pc venter på at blive optaget i teamet (kode %1). Se Filer → Synkronisering….</translation>
    </message>
</context>
<context>
    <name>TeamDayModule</name>
    <message>
        <source>Book team day</source>
        <translation>Book tværfagligt team</translation>
    </message>
    <message>
        <source>Team day talks</source>
        <translation>Samtaler i tværfagligt team</translation>
    </message>
    <message>
        <source>Sign professional notes</source>
        <translation>Underskriv faglige notater</translation>
    </message>
    <message>
        <source>Interdisciplinary conference</source>
        <translation>Tværfaglig konference</translation>
    </message>
    <message>
        <source>Draft intervention plan</source>
        <translation>Udkast til indsatsplan</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) refer to a citizen or staff member who does not exist.</source>
        <translation>
            <numerusform>%n aftale henviser til en borger eller medarbejder, der ikke findes.</numerusform>
            <numerusform>%n aftaler henviser til en borger eller medarbejder, der ikke findes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of appointments overlap for the same staff member or citizen (booked on different PCs before they synced); move or cancel one of each.</source>
        <translation>
            <numerusform>%n par aftaler overlapper for den samme medarbejder eller borger (booket på forskellige pc&apos;er, før de blev synkroniseret); flyt eller aflys den ene i hvert par.</numerusform>
            <numerusform>%n par aftaler overlapper for den samme medarbejder eller borger (booket på forskellige pc&apos;er, før de blev synkroniseret); flyt eller aflys den ene i hvert par.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n professional note(s) refer to a citizen, author or earlier version that does not exist.</source>
        <translation>
            <numerusform>%n fagligt notat henviser til en borger, forfatter eller tidligere version, der ikke findes.</numerusform>
            <numerusform>%n faglige notater henviser til en borger, forfatter eller tidligere version, der ikke findes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed note(s) were changed after signing (a draft edited on another PC before the signature arrived); the author should read and amend them.</source>
        <translation>
            <numerusform>%n underskrevet notat er ændret efter underskriften (et udkast rettet på en anden pc, før underskriften nåede frem); forfatteren bør læse og rette det.</numerusform>
            <numerusform>%n underskrevne notater er ændret efter underskriften (et udkast rettet på en anden pc, før underskriften nåede frem); forfatteren bør læse og rette dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s) belong to a citizen who does not exist.</source>
        <translation>
            <numerusform>%n konference hører til en borger, der ikke findes.</numerusform>
            <numerusform>%n konferencer hører til en borger, der ikke findes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interdisciplinary conference (booked)</source>
        <translation>Tværfaglig konference (booket)</translation>
    </message>
</context>
<context>
    <name>TeamDayUi</name>
    <message>
        <source>Team day</source>
        <translation>Tværfaglig teamdag</translation>
    </message>
    <message>
        <source>Book team day…</source>
        <translation>Book tværfagligt team…</translation>
    </message>
    <message>
        <source>Book team day</source>
        <translation>Book tværfagligt team</translation>
    </message>
    <message>
        <source>Choose a citizen first.</source>
        <translation>Vælg først en borger.</translation>
    </message>
    <message>
        <source>Day view…</source>
        <translation>Dagsoversigt…</translation>
    </message>
    <message>
        <source>My tasks…</source>
        <translation>Mine opgaver…</translation>
    </message>
    <message>
        <source>Book conference…</source>
        <translation>Book konference…</translation>
    </message>
    <message>
        <source>Book conference</source>
        <translation>Book konference</translation>
    </message>
    <message>
        <source>Working hours…</source>
        <translation>Arbejdstider…</translation>
    </message>
</context>
<context>
    <name>TeamKeys</name>
    <message>
        <source>The encryption library could not be started on this PC.</source>
        <translation>Krypteringsbiblioteket kunne ikke startes på denne pc.</translation>
    </message>
</context>
<context>
    <name>WindowKeys</name>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Team day</source>
        <translation>Tværfaglig teamdag</translation>
    </message>
    <message>
        <source>Standard course</source>
        <translation>Almindeligt forløb</translation>
    </message>
</context>
<context>
    <name>WorkingHoursRules</name>
    <message>
        <source>The weekday must be 1 (Monday) to 7 (Sunday).</source>
        <translation>Ugedagen skal være 1 (mandag) til 7 (søndag).</translation>
    </message>
    <message>
        <source>%1: enter both the start and the end of the working hours.</source>
        <translation>%1: angiv både start og slut på arbejdstiden.</translation>
    </message>
    <message>
        <source>%1: %2–%3 must end after it starts, on the same day (hours across midnight are not supported).</source>
        <translation>%1: %2–%3 skal slutte efter den begynder, samme dag (arbejdstid hen over midnat understøttes ikke).</translation>
    </message>
    <message>
        <source>%1: %2–%3 and %4–%5 overlap.</source>
        <translation>%1: %2–%3 og %4–%5 overlapper.</translation>
    </message>
</context>
<context>
    <name>samspil::Database</name>
    <message>
        <source>There is no Samspil database at %1.</source>
        <translation>Der er ingen Samspil-database i %1.</translation>
    </message>
    <message>
        <source>%1 already exists. Samspil never overwrites a database; choose another file name.</source>
        <translation>%1 findes allerede. Samspil overskriver aldrig en database; vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <source>Samspil cannot read %1: %2</source>
        <translation>Samspil kan ikke læse %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Samspil database. The file was left as it is.</source>
        <translation>%1 er ikke en Samspil-database. Filen blev ikke rørt.</translation>
    </message>
    <message>
        <source>Samspil cannot create the folder %1.</source>
        <translation>Samspil kan ikke oprette mappen %1.</translation>
    </message>
    <message>
        <source>This database is already open in another Samspil window or command (process %1 on %2). Close it there first; two programs writing the same file at once could damage it.</source>
        <translation>Databasen er allerede åben i et andet Samspil-vindue eller en kommando (proces %1 på %2). Luk den der først; to programmer, der skriver i samme fil på én gang, kan ødelægge den.</translation>
    </message>
    <message>
        <source>This database is already open in another program. Close it there first.</source>
        <translation>Databasen er allerede åben i et andet program. Luk den der først.</translation>
    </message>
    <message>
        <source>Samspil cannot open %1: %2</source>
        <translation>Samspil kan ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Samspil database, or it is damaged: %2</source>
        <translation>%1 er ikke en Samspil-database, eller den er beskadiget: %2</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Samspil. The file was left as it is.</source>
        <translation>%1 er en database fra et andet program, ikke fra Samspil. Filen blev ikke rørt.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Samspil (database version %1; this program knows up to %2). Install the newer Samspil to open it. The file was left as it is.</source>
        <translation>Databasen er lavet af en nyere version af Samspil (databaseversion %1; dette program kender op til %2). Installér den nyere Samspil for at åbne den. Filen blev ikke rørt.</translation>
    </message>
    <message>
        <source>Samspil could not switch %1 to write-ahead logging. Is the file on a network drive? Keep the database on this PC&apos;s own disk.</source>
        <translation>Samspil kunne ikke slå write-ahead-logning til for %1. Ligger filen på et netværksdrev? Hold databasen på pc&apos;ens egen disk.</translation>
    </message>
    <message>
        <source>Samspil could not make a backup before updating the database: %1</source>
        <translation>Samspil kunne ikke tage en sikkerhedskopi før opdateringen af databasen: %1</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment. (%1)</source>
        <translation>Databasen er optaget; prøv igen om et øjeblik. (%1)</translation>
    </message>
    <message>
        <source>The change was not saved because part of it failed.</source>
        <translation>Ændringen blev ikke gemt, fordi en del af den mislykkedes.</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Ændringen kunne ikke gemmes: %1</translation>
    </message>
    <message>
        <source>The change was not saved because the database was busy.</source>
        <translation>Ændringen blev ikke gemt, fordi databasen var optaget.</translation>
    </message>
    <message>
        <source>Unknown table “%1”.</source>
        <translation>Ukendt tabel “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a valid record id.</source>
        <translation>“%1” er ikke et gyldigt post-id.</translation>
    </message>
    <message>
        <source>Unknown field “%1” in %2.</source>
        <translation>Ukendt felt “%1” i %2.</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation>Databasen er optaget; prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>This record is final and cannot be changed; record a correction instead.</source>
        <translation>Posten er endelig og kan ikke ændres; registrér en rettelse i stedet.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Posten findes ikke længere.</translation>
    </message>
    <message>
        <source>This citizen&apos;s data has been erased; nothing was saved.</source>
        <translation>Borgerens oplysninger er slettet; intet blev gemt.</translation>
    </message>
    <message>
        <source>The database cannot be tidied up in the middle of a change.</source>
        <translation>Databasen kan ikke ryddes op midt i en ændring.</translation>
    </message>
    <message>
        <source>Samspil was built against another SQLite library than Qt&apos;s database driver uses (%1 and %2). Install Qt&apos;s SQLite driver built against the system SQLite.</source>
        <translation>Samspil er bygget til et andet SQLite-bibliotek end det, Qts databasedriver bruger (%1 og %2). Installer Qts SQLite-driver bygget til systemets SQLite.</translation>
    </message>
    <message>
        <source>its permissions cannot be set</source>
        <translation>filens rettigheder kan ikke sættes</translation>
    </message>
    <message>
        <source>The account %1 is not a Samspil user in this database, so it cannot %2.</source>
        <translation>Kontoen %1 er ikke bruger af Samspil i denne database og kan derfor ikke %2.</translation>
    </message>
    <message>
        <source>Your role does not allow you to %1.</source>
        <translation>Din rolle giver dig ikke lov til at %1.</translation>
    </message>
    <message>
        <source>see citizens&apos; records</source>
        <translation>se borgernes oplysninger</translation>
    </message>
    <message>
        <source>change citizens&apos; records</source>
        <translation>ændre borgernes oplysninger</translation>
    </message>
    <message>
        <source>write professional notes</source>
        <translation>skrive faglige notater</translation>
    </message>
    <message>
        <source>manage staff and their accounts</source>
        <translation>administrere medarbejdere og deres konti</translation>
    </message>
    <message>
        <source>erase citizens or run the retention rules</source>
        <translation>slette borgere eller afsluttede sager efter opbevaringsperioden</translation>
    </message>
    <message>
        <source>export the whole database</source>
        <translation>eksportere hele databasen</translation>
    </message>
    <message>
        <source>read the team&apos;s access log</source>
        <translation>læse teamets adgangslog</translation>
    </message>
    <message>
        <source>see the team&apos;s figures</source>
        <translation>se teamets tal</translation>
    </message>
    <message>
        <source>synchronise with the shared drive</source>
        <translation>synkronisere med det fælles drev</translation>
    </message>
</context>
<context>
    <name>samspil::ui::AccessLogView</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>(a former staff member)</source>
        <translation>(en tidligere medarbejder)</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Medarbejder:</translation>
    </message>
    <message>
        <source>&amp;Access log…</source>
        <translation>&amp;Adgangslog…</translation>
    </message>
    <message>
        <source>Everyone who has opened, printed, exported or changed this citizen&apos;s record, newest first. Changes name the fields, not what was written. The log is shared by the team&apos;s PCs and cannot be changed.</source>
        <translation>Alle, der har åbnet, udskrevet, eksporteret eller ændret borgerens oplysninger, nyeste først. Ændringer nævner felterne, ikke hvad der blev skrevet. Loggen deles af teamets pc&apos;er og kan ikke ændres.</translation>
    </message>
    <message>
        <source>Whose records this staff member has opened, printed, exported or changed, newest first.</source>
        <translation>Hvis oplysninger medarbejderen har åbnet, udskrevet, eksporteret eller ændret, nyeste først.</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>The command line (samspil-cli)</source>
        <translation>Kommandolinjen (samspil-cli)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <source>Whose records a staff member has opened, printed, exported or changed</source>
        <translation>Hvis oplysninger en medarbejder har åbnet, udskrevet, eksporteret eller ændret</translation>
    </message>
</context>
<context>
    <name>samspil::ui::AccessPage</name>
    <message>
        <source>Become the team&apos;s &amp;first leader…</source>
        <translation>Bliv teamets &amp;første leder…</translation>
    </message>
    <message>
        <source>&amp;Look up the account again</source>
        <translation>&amp;Slå kontoen op igen</translation>
    </message>
    <message>
        <source>After a leader has added the account and this PC has synchronised</source>
        <translation>Når en leder har tilføjet kontoen, og denne pc har synkroniseret</translation>
    </message>
    <message>
        <source>Samspil has no users in this database yet</source>
        <translation>Samspil har endnu ingen brugere i denne database</translation>
    </message>
    <message>
        <source>Samspil shows no citizen data to this account</source>
        <translation>Samspil viser ingen borgerdata for denne konto</translation>
    </message>
    <message>
        <source>If you are the first in your team to use Samspil, you become the team&apos;s first leader: give your name and initials. If this PC is to join a team that already uses Samspil, choose File ▸ Sync… instead and join the team&apos;s shared folder; a leader of the team then adds your account.</source>
        <translation>Er du den første i dit team, der bruger Samspil, bliver du teamets første leder: angiv dit navn og dine initialer. Skal denne pc i stedet med i et team, der allerede bruger Samspil, så vælg Filer ▸ Synkronisering… og tilslut teamets fælles mappe; en leder i teamet tilføjer derefter din konto.</translation>
    </message>
    <message>
        <source>A leader adds the account under Team ▸ Staff. When this PC has synchronised with the team, look the account up again, or start Samspil again.</source>
        <translation>En leder tilføjer kontoen under Team ▸ Medarbejdere. Når denne pc har synkroniseret med teamet, så slå kontoen op igen, eller start Samspil igen.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::AgreeDialog</name>
    <message>
        <source>Agree the plan with the citizen</source>
        <translation>Aftal planen med borgeren</translation>
    </message>
    <message>
        <source>The citizen, the caseworker, …</source>
        <translation>Borgeren, sagsbehandleren, …</translation>
    </message>
    <message>
        <source>&amp;Agreed on:</source>
        <translation>&amp;Aftalt den:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Hvordan:</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>&amp;Til stede:</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Aftal</translation>
    </message>
</context>
<context>
    <name>samspil::ui::BookConferenceDialog</name>
    <message>
        <source>Book conference — %1</source>
        <translation>Book konference — %1</translation>
    </message>
    <message>
        <source>After the three talks, the physiotherapist, the psychologist and the nurse meet the coordinating caseworker to set the employment goal and draft the plan. The citizen does not take part. Samspil proposes the earliest time when all of them are free.</source>
        <translation>Efter de tre samtaler mødes fysioterapeuten, psykologen og sygeplejersken med den koordinerende sagsbehandler for at sætte beskæftigelsesmålet og lave et udkast til indsatsplanen. Borgeren deltager ikke. Samspil foreslår det tidligste tidspunkt, hvor alle er ledige.</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Deltagere:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Længde:</translation>
    </message>
    <message>
        <source> days after the talks</source>
        <translation> dage efter samtalerne</translation>
    </message>
    <message>
        <source>Look within:</source>
        <translation>Søg inden for:</translation>
    </message>
    <message>
        <source>Propose time</source>
        <translation>Foreslå tid</translation>
    </message>
    <message>
        <source>e.g. Jobcenter, room 2</source>
        <translation>f.eks. Jobcenter, mødelokale 2</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <source>Book conference</source>
        <translation>Book konference</translation>
    </message>
    <message>
        <source>Choose the participants of the conference.</source>
        <translation>Vælg deltagerne i konferencen.</translation>
    </message>
    <message numerus="yes">
        <source>Proposed for %1 %2–%3, the earliest time when all %n participant(s) are free.</source>
        <translation>
            <numerusform>Foreslået til %1 %2–%3, det tidligste tidspunkt hvor deltageren er ledig.</numerusform>
            <numerusform>Foreslået til %1 %2–%3, det tidligste tidspunkt hvor alle %n deltagere er ledige.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was booked. %1</source>
        <translation>Intet er booket. %1</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>Booket.</translation>
    </message>
    <message>
        <source>Day and time:</source>
        <translation>Dag og tid:</translation>
    </message>
    <message>
        <source>e.g. the conference was held; registered afterwards</source>
        <translation>fx konferencen er holdt; registreret bagefter</translation>
    </message>
    <message>
        <source>&amp;Reason to book anyway:</source>
        <translation>&amp;Begrundelse for at booke alligevel:</translation>
    </message>
    <message>
        <source>Nothing was booked. %1
To book this time anyway, write why below; the reason is stored with the booking.</source>
        <translation>Intet blev booket. %1
Skriv nedenfor, hvorfor tidspunktet skal bookes alligevel; begrundelsen gemmes med bookingen.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::BookTeamDayDialog</name>
    <message>
        <source>Book team day — %1</source>
        <translation>Book tværfagligt team — %1</translation>
    </message>
    <message>
        <source>The citizen talks one to one with a physiotherapist, a psychologist and a nurse, the same day as the screening. Samspil proposes the earliest free times; change them if needed and book all three at once.</source>
        <translation>Borgeren har en samtale på tomandshånd med en fysioterapeut, en psykolog og en sygeplejerske samme dag som screeningen. Samspil foreslår de første ledige tider; ret dem om nødvendigt, og book alle tre på én gang.</translation>
    </message>
    <message>
        <source>Screening day:</source>
        <translation>Screeningsdag:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Length of each talk:</source>
        <translation>Længde på hver samtale:</translation>
    </message>
    <message>
        <source>Propose times</source>
        <translation>Foreslå tider</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Med</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>e.g. Jobcenter, room 2</source>
        <translation>fx Jobcenter, lokale 2</translation>
    </message>
    <message>
        <source>Book all three</source>
        <translation>Book alle tre</translation>
    </message>
    <message>
        <source>Late: the team day cannot be on %1. %2 Proposed for %3 instead.</source>
        <translation>For sent: det tværfaglige team kan ikke holdes %1. %2 Foreslået %3 i stedet.</translation>
    </message>
    <message>
        <source>Proposed for %1.</source>
        <translation>Foreslået %1.</translation>
    </message>
    <message>
        <source>Nothing was booked. %1</source>
        <translation>Intet blev booket. %1</translation>
    </message>
    <message>
        <source>Booked.</source>
        <translation>Booket.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::CaseloadModel</name>
    <message>
        <source>No caseworker</source>
        <translation>Ingen sagsbehandler</translation>
    </message>
    <message>
        <source>On benefit since %1</source>
        <translation>På ydelse siden %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alder</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>Weeks on benefit</source>
        <translation>Uger på ydelse</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Overskredet siden %1</translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation>Endnu ikke screenet</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>On benefit from %1 to %2</source>
        <translation>På ydelse fra %1 til %2</translation>
    </message>
</context>
<context>
    <name>samspil::ui::CitizenForm</name>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-SSSS</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>Benefit started</source>
        <translation>Ydelse startet</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Coordinating caseworker</source>
        <translation>Koordinerende sagsbehandler</translation>
    </message>
    <message>
        <source>Choose a benefit</source>
        <translation>Vælg en ydelse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>samspil::ui::CitizenListDialog</name>
    <message>
        <source>&amp;Open the citizen&apos;s page</source>
        <translation>Å&amp;bn borgerens side</translation>
    </message>
    <message>
        <source>Citizens behind the number</source>
        <translation>Borgerne bag tallet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n citizen(s)</source>
        <translation>
            <numerusform>%1: %n borger</numerusform>
            <numerusform>%1: %n borgere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samspil::ui::CitizenListModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Benefit start</source>
        <translation>Ydelsesstart</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afslutning</translation>
    </message>
    <message>
        <source>%1 · was due %2</source>
        <translation>%1 · fristen var %2</translation>
    </message>
    <message>
        <source>%1 · due %2</source>
        <translation>%1 · frist %2</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
</context>
<context>
    <name>samspil::ui::CitizenPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Undo changes</source>
        <translation>&amp;Fortryd ændringer</translation>
    </message>
    <message>
        <source>Back to caseload</source>
        <translation>Tilbage til sagsstammen</translation>
    </message>
    <message>
        <source>Back to the caseload (Alt+Left)</source>
        <translation>Tilbage til sagsstammen (Alt+Venstre)</translation>
    </message>
    <message>
        <source>Basic data</source>
        <translation>Stamdata</translation>
    </message>
    <message>
        <source>This citizen no longer exists.</source>
        <translation>Borgeren findes ikke længere.</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct the fields marked in red.</source>
        <translation>Intet blev gemt. Ret felterne markeret med rødt.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Intet blev gemt: %1</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Ingen ændringer at gemme.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <source>The basic data of %1 has been changed. Save the changes?</source>
        <translation>Stamdata for %1 er ændret. Vil du gemme ændringerne?</translation>
    </message>
    <message>
        <source>Caseworker: %1</source>
        <translation>Sagsbehandler: %1</translation>
    </message>
    <message>
        <source>This citizen was deleted on another PC.</source>
        <translation>Denne borger er blevet slettet på en anden pc.</translation>
    </message>
    <message>
        <source>Updated with changes made on another PC.</source>
        <translation>Opdateret med ændringer fra en anden pc.</translation>
    </message>
    <message>
        <source>This citizen was changed on another PC while you were editing. Save keeps your values; Undo changes shows the new ones.</source>
        <translation>Borgeren er blevet ændret på en anden pc, mens du redigerede. Gem beholder dine værdier; Fortryd ændringer viser de nye.</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation>Ikke screenet endnu</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) on support</source>
        <translation>
            <numerusform>%n uge på offentlig forsørgelse</numerusform>
            <numerusform>%n uger på offentlig forsørgelse</numerusform>
        </translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Næste skridt: %1</translation>
    </message>
    <message>
        <source>Next step: %1 · overdue since %2</source>
        <translation>Næste skridt: %1 · overskredet siden %2</translation>
    </message>
    <message>
        <source>Next step: %1 · due %2</source>
        <translation>Næste skridt: %1 · frist %2</translation>
    </message>
</context>
<context>
    <name>samspil::ui::CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>Afslut sag</translation>
    </message>
    <message>
        <source>How did the course of %1 end? The citizen stays in Samspil and can be found under “Closed cases”; the case can be reopened.</source>
        <translation>Hvordan endte forløbet for %1? Borgeren bliver i Samspil og kan findes under “Afsluttede sager”; sagen kan genåbnes.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Sluttede den:</translation>
    </message>
</context>
<context>
    <name>samspil::ui::CompaniesWindow</name>
    <message>
        <source>&amp;Save company</source>
        <translation>&amp;Gem virksomhed</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Search by name, CVR number, address or contact person</source>
        <translation>Søg på navn, CVR-nummer, adresse eller kontaktperson</translation>
    </message>
    <message>
        <source>&amp;Import list (CSV)…</source>
        <translation>&amp;Importér liste (CSV)…</translation>
    </message>
    <message>
        <source>Import companies</source>
        <translation>Importér virksomheder</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 cifre</translation>
    </message>
    <message>
        <source>How the collaboration goes: agreements, experiences, what to remember</source>
        <translation>Hvordan samarbejdet går: aftaler, erfaringer, hvad man skal huske</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;CVR number</source>
        <translation>&amp;CVR-nummer</translation>
    </message>
    <message>
        <source>&amp;P-number</source>
        <translation>&amp;P-nummer</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Company c&amp;onsultant</source>
        <translation>Virksomheds&amp;konsulent</translation>
    </message>
    <message>
        <source>Notes on the co&amp;llaboration</source>
        <translation>Noter om &amp;samarbejdet</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Tilføj kontaktperson</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Fjern kontaktperson</translation>
    </message>
    <message>
        <source>Offers: what the company can take</source>
        <translation>Tilbud: hvad virksomheden kan tage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Opgaver</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>Timer/uge</translation>
    </message>
    <message>
        <source>Physical and mental demands</source>
        <translation>Fysiske og psykiske krav</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Add offer</source>
        <translation>Tilføj tilbud</translation>
    </message>
    <message>
        <source>Remove offer</source>
        <translation>Fjern tilbud</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 blev gemt.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies imported</source>
        <translation>
            <numerusform>%n virksomhed importeret</numerusform>
            <numerusform>%n virksomheder importeret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n opdateret</numerusform>
            <numerusform>%n opdateret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines rejected</source>
        <translation>
            <numerusform>%n linje afvist</numerusform>
            <numerusform>%n linjer afvist</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>At once</source>
        <translation>Antal ad gangen</translation>
    </message>
    <message>
        <source>Ne&amp;w company</source>
        <translation>N&amp;y virksomhed</translation>
    </message>
</context>
<context>
    <name>samspil::ui::ConferenceDialog</name>
    <message>
        <source>Interdisciplinary conference — %1</source>
        <translation>Tværfaglig konference — %1</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Deltagere:</translation>
    </message>
    <message>
        <source>Worksheet: the signed notes side by side</source>
        <translation>Arbejdsark: de underskrevne notater side om side</translation>
    </message>
    <message>
        <source>ICF category</source>
        <translation>ICF-kategori</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Fælles</translation>
    </message>
    <message>
        <source>e.g. a job as a warehouse worker, 25 hours a week</source>
        <translation>fx job som lagermedarbejder, 25 timer om ugen</translation>
    </message>
    <message>
        <source>Employment goal:</source>
        <translation>Beskæftigelsesmål:</translation>
    </message>
    <message>
        <source>Intervention tracks:</source>
        <translation>Indsatsspor:</translation>
    </message>
    <message>
        <source>One goal per line</source>
        <translation>Ét mål pr. linje</translation>
    </message>
    <message>
        <source>Draft goals:</source>
        <translation>Udkast til mål:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Conclude and draft the plan</source>
        <translation>Afslut og lav udkast til indsatsplan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Personal factors</source>
        <translation>Personlige faktorer</translation>
    </message>
    <message>
        <source>What it means for job or education</source>
        <translation>Hvad det betyder for job eller uddannelse</translation>
    </message>
    <message>
        <source>Recommended intervention tracks</source>
        <translation>Anbefalede indsatsspor</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n note(s))</source>
        <translation>
            <numerusform>%1 (%n notat)</numerusform>
            <numerusform>%1 (%n notater)</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed notes: %1. Recommended tracks: %2.</source>
        <translation>Underskrevne notater: %1. Anbefalede indsatsspor: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not shown: %1</source>
        <translation>
            <numerusform>%n notat vises ikke: %1</numerusform>
            <numerusform>%n notater vises ikke: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Not concluded: %1</source>
        <translation>Ikke afsluttet: %1</translation>
    </message>
    <message>
        <source>Concluded; the draft intervention plan is created.</source>
        <translation>Afsluttet; udkastet til indsatsplan er oprettet.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::ConsentDialog</name>
    <message>
        <source>Consent to share health information</source>
        <translation>Samtykke til deling af helbredsoplysninger</translation>
    </message>
    <message>
        <source>The citizen&apos;s consent to share health information among the team. Without it, a professional note is read only by its author.</source>
        <translation>Borgerens samtykke til at dele helbredsoplysninger i teamet. Uden samtykke læses et fagligt notat kun af forfatteren.</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Givet den:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Hvordan:</translation>
    </message>
    <message>
        <source>Shared with:</source>
        <translation>Deles med:</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrér samtykke</translation>
    </message>
</context>
<context>
    <name>samspil::ui::DashboardChart</name>
    <message>
        <source>Could not save the picture %1: %2</source>
        <translation>Kunne ikke gemme billedet %1: %2</translation>
    </message>
</context>
<context>
    <name>samspil::ui::DashboardTableModel</name>
    <message numerus="yes">
        <source>Double-click to list the %n citizen(s) behind this number.</source>
        <translation>
            <numerusform>Dobbeltklik for at se den borger, der ligger bag tallet.</numerusform>
            <numerusform>Dobbeltklik for at se de %n borgere, der ligger bag tallet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>samspil::ui::DashboardWindow</name>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dette kvartal</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Sidste kvartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Sidste 12 måneder</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valgte datoer</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Opdatér</translation>
    </message>
    <message>
        <source>Export tables (&amp;CSV)…</source>
        <translation>Eksportér tabeller (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>Gem diagram som &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;til</translation>
    </message>
    <message>
        <source>Case&amp;worker:</source>
        <translation>Sags&amp;behandler:</translation>
    </message>
    <message>
        <source>Active cases today</source>
        <translation>Aktive sager i dag</translation>
    </message>
    <message>
        <source>Citizens in the period</source>
        <translation>Borgere i perioden</translation>
    </message>
    <message>
        <source>Overdue next steps</source>
        <translation>Overskredne næste skridt</translation>
    </message>
    <message>
        <source>Next steps due today</source>
        <translation>Næste skridt med frist i dag</translation>
    </message>
    <message>
        <source>Courses ended in the period</source>
        <translation>Forløb afsluttet i perioden</translation>
    </message>
    <message>
        <source>Team day on the screening day</source>
        <translation>Teamdag på screeningsdagen</translation>
    </message>
    <message>
        <source>Median weeks on support (started in the period)</source>
        <translation>Median uger på forsørgelse (startet i perioden)</translation>
    </message>
    <message>
        <source>Plan goals rising</source>
        <translation>Planmål i fremgang</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Hele teamet</translation>
    </message>
    <message>
        <source>%1, %2 to %3. Counted %4.</source>
        <translation>%1, %2 til %3. Optalt %4.</translation>
    </message>
    <message>
        <source>Target: at most %1 cases per caseworker</source>
        <translation>Mål: højst %1 sager pr. sagsbehandler</translation>
    </message>
    <message>
        <source>Citizens whose course overlaps the period</source>
        <translation>Borgere hvis forløb overlapper perioden</translation>
    </message>
    <message>
        <source>Next steps whose due date has passed</source>
        <translation>Næste skridt hvis frist er overskredet</translation>
    </message>
    <message>
        <source>Courses closed with an outcome dated in the period</source>
        <translation>Forløb afsluttet med en afslutning dateret i perioden</translation>
    </message>
    <message>
        <source>%1 of %2 moderate- or high-risk citizens screened in the period</source>
        <translation>%1 af %2 borgere med moderat eller høj risiko screenet i perioden</translation>
    </message>
    <message>
        <source>Weeks on support</source>
        <translation>Uger på forsørgelse</translation>
    </message>
    <message>
        <source>n = %1 (closed courses to the outcome, open ones to today); average %2</source>
        <translation>n = %1 (afsluttede forløb til afslutningen, åbne til i dag); gennemsnit %2</translation>
    </message>
    <message>
        <source>%1 of %2 rated goals</source>
        <translation>%1 af %2 vurderede mål</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Indsatsspor</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Afslutninger</translation>
    </message>
    <message>
        <source>Team day</source>
        <translation>Teamdag</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Show citizens</source>
        <translation>&amp;Vis borgere</translation>
    </message>
    <message>
        <source>The citizens behind the selected number in the table</source>
        <translation>Borgerne bag det valgte tal i tabellen</translation>
    </message>
    <message>
        <source>Active cases per caseworker (target: at most %1)</source>
        <translation>Aktive sager pr. sagsbehandler (mål: højst %1)</translation>
    </message>
    <message>
        <source>Within the target</source>
        <translation>Inden for målet</translation>
    </message>
    <message>
        <source>Above the target</source>
        <translation>Over målet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Citizens by decided risk</source>
        <translation>Borgere efter besluttet risiko</translation>
    </message>
    <message>
        <source>Citizens by intervention track (a citizen counts in each of their tracks)</source>
        <translation>Borgere efter indsatsspor (en borger tæller med i hvert af sine spor)</translation>
    </message>
    <message>
        <source>Due in the period</source>
        <translation>Frist i perioden</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Outcomes in the period</source>
        <translation>Afslutninger i perioden</translation>
    </message>
    <message>
        <source>Weeks on public support by entry quarter (all courses)</source>
        <translation>Uger på offentlig forsørgelse efter startkvartal (alle forløb)</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <source>Moderate and high risk screened in the period: when was the team day?</source>
        <translation>Moderat og høj risiko screenet i perioden: hvornår var teamdagen?</translation>
    </message>
    <message>
        <source>Plan goals (a goal may both stagnate and diverge)</source>
        <translation>Planmål (et mål kan både stå stille og have uenige vurderinger)</translation>
    </message>
    <message>
        <source>Select a number in the table first.</source>
        <translation>Vælg først et tal i tabellen.</translation>
    </message>
    <message>
        <source>The tables were saved as %1.</source>
        <translation>Tabellerne blev gemt som %1.</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Der er intet diagram at gemme.</translation>
    </message>
    <message>
        <source>The chart was saved as %1.</source>
        <translation>Diagrammet blev gemt som %1.</translation>
    </message>
    <message>
        <source>overblik-%1-%2.csv</source>
        <translation>overblik-%1-%2.csv</translation>
    </message>
    <message>
        <source>Export the tables as CSV</source>
        <translation>Eksportér tabellerne som CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>overblik</source>
        <translation>overblik</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Gem diagrammet som PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
    <message>
        <source>%1, %2 to %3. Counting …</source>
        <translation>%1, %2 til %3. Tæller op …</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Virksomheder</translation>
    </message>
    <message>
        <source>Citizens placed per company in the period</source>
        <translation>Borgere i praktik eller job pr. virksomhed i perioden</translation>
    </message>
</context>
<context>
    <name>samspil::ui::DayView</name>
    <message>
        <source>Day view</source>
        <translation>Dagsoversigt</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Hele teamet</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dag:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (for sent)</translation>
    </message>
    <message>
        <source>Appointments %1 %2</source>
        <translation>Aftaler %1 %2</translation>
    </message>
    <message>
        <source>No appointments.</source>
        <translation>Ingen aftaler.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::EraseCitizenDialog</name>
    <message>
        <source>Erase the citizen&apos;s data</source>
        <translation>Slet borgerens oplysninger</translation>
    </message>
    <message numerus="yes">
        <source>Erase everything about %1 (%2)?

The citizen and %n records about them (screenings, notes, plans, appointments, the access log …) are removed from this PC for good, and from the team&apos;s other PCs and the shared drive when they synchronise. Only a record that an erasure took place is kept, without the citizen&apos;s name or CPR number. This cannot be undone.</source>
        <translation>
            <numerusform>Slet alt om %1 (%2)?

Borgeren og %n oplysning om borgeren (screeninger, notater, planer, aftaler, adgangsloggen …) fjernes for altid fra denne pc og fra teamets andre pc&apos;er og det fælles drev, når de synkroniserer. Kun en registrering af, at der er slettet, bliver tilbage, uden borgerens navn eller CPR-nummer. Det kan ikke fortrydes.</numerusform>
            <numerusform>Slet alt om %1 (%2)?

Borgeren og %n oplysninger om borgeren (screeninger, notater, planer, aftaler, adgangsloggen …) fjernes for altid fra denne pc og fra teamets andre pc&apos;er og det fælles drev, når de synkroniserer. Kun en registrering af, at der er slettet, bliver tilbage, uden borgerens navn eller CPR-nummer. Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slet</translation>
    </message>
    <message numerus="yes">
        <source>%1 was erased (%n records).</source>
        <translation>
            <numerusform>%1 er slettet (%n oplysning).</numerusform>
            <numerusform>%1 er slettet (%n oplysninger).</numerusform>
        </translation>
    </message>
    <message>
        <source>The case is open. It can be erased now only with a reason.</source>
        <translation>Sagen er åben. Den kan kun slettes nu med en begrundelse.</translation>
    </message>
    <message numerus="yes">
        <source>The case ended on %1. It was to be kept until %2 (%n years), so it may be erased now.</source>
        <translation>
            <numerusform>Sagen sluttede den %1. Den skulle gemmes til %2 (%n år), så den må slettes nu.</numerusform>
            <numerusform>Sagen sluttede den %1. Den skulle gemmes til %2 (%n år), så den må slettes nu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case ended on %1 and is to be kept until %2 (%n years). It can be erased before then only with a reason.</source>
        <translation>
            <numerusform>Sagen sluttede den %1 og skal gemmes til %2 (%n år). Den kan kun slettes før med en begrundelse.</numerusform>
            <numerusform>Sagen sluttede den %1 og skal gemmes til %2 (%n år). Den kan kun slettes før med en begrundelse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing removes the citizen and everything recorded about them from this PC, and from the team&apos;s other PCs and the shared drive when they synchronise. It cannot be undone.</source>
        <translation>Sletning fjerner borgeren og alt, hvad der er registreret om borgeren, fra denne pc og fra teamets andre pc&apos;er og det fælles drev, når de synkroniserer. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfri</translation>
    </message>
    <message>
        <source>Required, e.g. “the citizen asked for erasure”</source>
        <translation>Skal udfyldes, fx »borgeren har bedt om sletning«</translation>
    </message>
    <message>
        <source>Do not write the citizen&apos;s name or CPR number: the record of the erasure is kept.</source>
        <translation>Skriv ikke borgerens navn eller CPR-nummer: registreringen af sletningen bliver gemt.</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Begrundelse:</translation>
    </message>
</context>
<context>
    <name>samspil::ui::FirstAccountDialog</name>
    <message>
        <source>The team&apos;s first leader</source>
        <translation>Teamets første leder</translation>
    </message>
    <message>
        <source>Samspil knows who you are from your logon to this PC: the account %1. No one has been added to this database yet, so you become the team&apos;s first leader. As leader you add the other staff members and their accounts under Team ▸ Staff.</source>
        <translation>Samspil ved, hvem du er, ud fra det, du er logget på denne pc med: kontoen %1. Der er endnu ikke tilføjet nogen til denne database, så du bliver teamets første leder. Som leder tilføjer du de andre medarbejdere og deres konti under Team ▸ Medarbejdere.</translation>
    </message>
    <message>
        <source>Is this PC to join a team that already uses Samspil? Then cancel, and choose File ▸ Sync… to join the team&apos;s shared folder; a leader of the team adds your account.</source>
        <translation>Skal denne pc med i et team, der allerede bruger Samspil? Så annullér, og vælg Filer ▸ Synkronisering… for at tilslutte teamets fælles mappe; en leder i teamet tilføjer din konto.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Initials</source>
        <translation>&amp;Initialer</translation>
    </message>
    <message>
        <source>Become &amp;leader</source>
        <translation>Bliv &amp;leder</translation>
    </message>
    <message>
        <source>Give your name.</source>
        <translation>Angiv dit navn.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::GoalDialog</name>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>What the citizen wants to achieve, in plain words</source>
        <translation>Hvad borgeren vil opnå, med almindelige ord</translation>
    </message>
    <message>
        <source>How we will see that the goal is reached</source>
        <translation>Sådan ser vi, at målet er nået</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ingen endnu)</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;How we see it is reached:</source>
        <translation>&amp;Sådan ser vi, at det er nået:</translation>
    </message>
    <message>
        <source>Tracks:</source>
        <translation>Indsatsspor:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>&amp;Måldato:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>Reached on:</source>
        <translation>Nået den:</translation>
    </message>
    <message>
        <source>Write the goal in words the citizen and the provider both understand.</source>
        <translation>Skriv målet med ord, som både borgeren og udføreren forstår.</translation>
    </message>
    <message>
        <source>Sub-goal of “%1”</source>
        <translation>Delmål til “%1”</translation>
    </message>
    <message>
        <source>Step toward:</source>
        <translation>Hører til målet:</translation>
    </message>
    <message>
        <source>&amp;Sub-goal:</source>
        <translation>&amp;Delmål:</translation>
    </message>
</context>
<context>
    <name>samspil::ui::HelpWindow</name>
    <message>
        <source>Samspil – User guide</source>
        <translation>Samspil – Brugervejledning</translation>
    </message>
    <message>
        <source>Search the guide (Enter: next)</source>
        <translation>Søg i vejledningen (Enter: næste)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>This user guide is written in Danish, the language of the caseworkers it is for.</source>
        <translation>Vejledningen er skrevet på dansk, de sagsbehandleres sprog, den er til.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n sted</numerusform>
            <numerusform>%n steder</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
</context>
<context>
    <name>samspil::ui::ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Gem rapport…</translation>
    </message>
    <message>
        <source>Import citizens</source>
        <translation>Importér borgere</translation>
    </message>
    <message>
        <source>Choose the caseload exported from the case system as a CSV file with the columns cpr, name, benefit, benefit_start and caseworker (initials), and optionally phone, email and target_group. Rows with errors are left out and listed below; a CPR number that is already known updates that citizen.</source>
        <translation>Vælg sagsstammen, som den er eksporteret fra fagsystemet, som en CSV-fil med kolonnerne cpr, name, benefit, benefit_start og caseworker (initialer) og eventuelt phone, email og target_group. Rækker med fejl springes over og vises nedenfor; et CPR-nummer, der allerede findes, opdaterer den borger.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV-fil</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importerer…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Intet blev importeret: %1</translation>
    </message>
    <message>
        <source>%1 new citizen(s) imported, %2 updated, %3 row(s) rejected, %4 warning(s).</source>
        <translation>%1 nye borgere importeret, %2 opdateret, %3 rækker afvist, %4 advarsler.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>Gem importrapport</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>importrapport.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1.</source>
        <translation>Rapporten kunne ikke gemmes i %1.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::InterventionDialog</name>
    <message>
        <source>Intervention</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Optional: a more precise description</source>
        <translation>Valgfrit: en mere præcis beskrivelse</translation>
    </message>
    <message>
        <source>(external provider)</source>
        <translation>(ekstern udfører)</translation>
    </message>
    <message>
        <source>External provider&apos;s name</source>
        <translation>Den eksterne udførers navn</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>Tracks:</source>
        <translation>Indsatsspor:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Udfører:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Slut:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Reason for stopping:</source>
        <translation>Årsag til stop:</translation>
    </message>
    <message>
        <source>Serves the goals:</source>
        <translation>Understøtter målene:</translation>
    </message>
    <message>
        <source>Write why the intervention was stopped.</source>
        <translation>Skriv, hvorfor indsatsen blev stoppet.</translation>
    </message>
    <message>
        <source>The intervention cannot end before it starts.</source>
        <translation>Indsatsen kan ikke slutte, før den starter.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::MainWindow</name>
    <message>
        <source>Search by name or CPR number</source>
        <translation>Søg på navn eller CPR-nummer</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktive sager</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Afsluttede sager</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle sager</translation>
    </message>
    <message>
        <source>New citizen…</source>
        <translation>Ny borger…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søg:</translation>
    </message>
    <message>
        <source>&amp;Caseworker:</source>
        <translation>Sagsbehandl&amp;er:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Import citizens…</source>
        <translation>&amp;Importér borgere…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation>&amp;Borger</translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation>&amp;Ny borger…</translation>
    </message>
    <message>
        <source>&amp;Open citizen</source>
        <translation>Å&amp;bn borger</translation>
    </message>
    <message>
        <source>&amp;Back to caseload</source>
        <translation>&amp;Tilbage til sagsstammen</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>&amp;Afslut sag…</translation>
    </message>
    <message>
        <source>&amp;Reopen case</source>
        <translation>&amp;Genåbn sag</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Medarbejdere…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Samspil</source>
        <translation>&amp;Om Samspil</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Min sagsstamme</translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>Alle sagsbehandlere</translation>
    </message>
    <message>
        <source>Without caseworker</source>
        <translation>Uden sagsbehandler</translation>
    </message>
    <message>
        <source>Active cases against the team&apos;s target of %1 cases per caseworker</source>
        <translation>Aktive sager målt mod teamets mål på %1 sager pr. sagsbehandler</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s) shown</source>
        <translation>
            <numerusform>%n borger vist</numerusform>
            <numerusform>%n borgere vist</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no citizens yet. Create one with Citizen ▸ New citizen, or import the caseload from the case system with File ▸ Import citizens.</source>
        <translation>Der er ingen borgere endnu. Opret en med Borger ▸ Ny borger, eller importér sagsstammen fra fagsystemet med Filer ▸ Importér borgere.</translation>
    </message>
    <message>
        <source>No citizen matches “%1” here. Try “All caseworkers” and “All cases”.</source>
        <translation>Ingen borger her passer på “%1”. Prøv “Alle sagsbehandlere” og “Alle sager”.</translation>
    </message>
    <message>
        <source>No cases match the chosen caseworker and status.</source>
        <translation>Ingen sager passer på den valgte sagsbehandler og status.</translation>
    </message>
    <message>
        <source>Samspil [DEMO]</source>
        <translation>Samspil [DEMO]</translation>
    </message>
    <message>
        <source>Demo data – fictitious citizens</source>
        <translation>Demodata – fiktive borgere</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Genåbn sag</translation>
    </message>
    <message>
        <source>The case of %1 was closed.</source>
        <translation>Sagen for %1 er afsluttet.</translation>
    </message>
    <message>
        <source>The case of %1 was reopened.</source>
        <translation>Sagen for %1 er genåbnet.</translation>
    </message>
    <message>
        <source>About Samspil</source>
        <translation>Om Samspil</translation>
    </message>
    <message>
        <source>Samspil %1

Cross-disciplinary employment work after the Hjørring model: screening, the team day, professional notes, the conference, the intervention plan and progression measurement.

Database: %2
Licensed under the Mozilla Public License 2.0.</source>
        <translation>Samspil %1

Tværfagligt beskæftigelsesarbejde efter Hjørring-modellen: screening, teamdagen, faglige notater, den tværfaglige konference, indsatsplanen og progressionsmåling.

Database: %2
Licens: Mozilla Public License 2.0.</translation>
    </message>
    <message>
        <source>The latest risk the caseworker decided at screening</source>
        <translation>Den seneste risiko, sagsbehandleren har fastsat ved screening</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Alle risici</translation>
    </message>
    <message>
        <source>Moderate or high risk</source>
        <translation>Moderat eller høj risiko</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Høj risiko</translation>
    </message>
    <message>
        <source>Moderate risk</source>
        <translation>Moderat risiko</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Lav risiko</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Ikke screenet</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation>Kun &amp;overskredne</translation>
    </message>
    <message>
        <source>Only citizens whose next step is overdue</source>
        <translation>Kun borgere, hvis næste skridt er overskredet</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n vist</numerusform>
            <numerusform>%n vist</numerusform>
        </translation>
    </message>
    <message>
        <source>Add staff members, their accounts and roles (leaders only)</source>
        <translation>Tilføj medarbejdere, deres konti og roller (kun ledere)</translation>
    </message>
    <message>
        <source>&amp;Practise as someone else…</source>
        <translation>Øv &amp;som en anden…</translation>
    </message>
    <message>
        <source>Demo database only: act as another demo staff member, for training</source>
        <translation>Kun i demodatabasen: handl som en anden demomedarbejder for at øve dig</translation>
    </message>
    <message>
        <source>Stop &amp;practising</source>
        <translation>Stop ø&amp;velsen</translation>
    </message>
    <message>
        <source>Training: you act as %1 (%2). Everything you do is recorded as theirs, in this demo database only. Team ▸ Stop practising ends it.</source>
        <translation>Øvelse: du handler som %1 (%2). Alt, hvad du gør, registreres på %1 – kun i denne demodatabase. Team ▸ Stop øvelsen afslutter den.</translation>
    </message>
    <message>
        <source>You are the team&apos;s leader. Add the other staff members and their accounts under Team ▸ Staff.</source>
        <translation>Du er teamets leder. Tilføj de andre medarbejdere og deres konti under Team ▸ Medarbejdere.</translation>
    </message>
    <message>
        <source>Practise as someone else</source>
        <translation>Øv som en anden</translation>
    </message>
    <message>
        <source>Stop practising</source>
        <translation>Stop øvelsen</translation>
    </message>
    <message>
        <source>%1 (%2) – %3</source>
        <translation>%1 (%2) – %3</translation>
    </message>
    <message>
        <source>In the demo database you can act as another staff member, to see Samspil as they do. The window is marked while you practise.

Act as:</source>
        <translation>I demodatabasen kan du handle som en anden medarbejder og se Samspil, som vedkommende ser det. Vinduet er markeret, mens du øver dig.

Handl som:</translation>
    </message>
    <message>
        <source>TRAINING: you act as %1</source>
        <translation>ØVELSE: du handler som %1</translation>
    </message>
    <message>
        <source>the account %1 is not a user</source>
        <translation>kontoen %1 er ikke bruger</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Active cases: %1 · target: at most %2</source>
        <translation>Aktive sager: %1 · mål: højst %2</translation>
    </message>
</context>
<context>
    <name>samspil::ui::MoveAppointmentDialog</name>
    <message>
        <source>Move appointment — %1</source>
        <translation>Flyt aftale — %1</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Starter:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Længde:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Flyt</translation>
    </message>
    <message>
        <source>Not moved. %1</source>
        <translation>Ikke flyttet. %1</translation>
    </message>
    <message>
        <source>e.g. the talk was held then; registered afterwards</source>
        <translation>fx holdt da; registreret bagefter</translation>
    </message>
    <message>
        <source>&amp;Reason to move anyway:</source>
        <translation>&amp;Begrundelse for at flytte alligevel:</translation>
    </message>
    <message>
        <source>Not moved. %1
To move it to this time anyway, write why below; the reason is stored with the appointment.</source>
        <translation>Ikke flyttet. %1
Skriv nedenfor, hvorfor aftalen skal flyttes til dette tidspunkt alligevel; begrundelsen gemmes på aftalen.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::MyTasksDialog</name>
    <message>
        <source>My tasks</source>
        <translation>Mine opgaver</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overskredet)</translation>
    </message>
    <message>
        <source>Nothing is waiting for you.</source>
        <translation>Der venter ikke noget på dig.</translation>
    </message>
    <message>
        <source>Double-click a citizen to open the page.</source>
        <translation>Dobbeltklik på en borger for at åbne siden.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::NewCitizenDialog</name>
    <message>
        <source>New citizen</source>
        <translation>Ny borger</translation>
    </message>
    <message>
        <source>Create citizen</source>
        <translation>Opret borger</translation>
    </message>
    <message>
        <source>The citizen was not created: %1</source>
        <translation>Borgeren blev ikke oprettet: %1</translation>
    </message>
</context>
<context>
    <name>samspil::ui::NoteEditor</name>
    <message>
        <source>Professional note — %1</source>
        <translation>Fagligt notat — %1</translation>
    </message>
    <message>
        <source>Version %1, signed %2. A signed note cannot be changed; amend it to write a new version.</source>
        <translation>Version %1, underskrevet %2. Et underskrevet notat kan ikke ændres; ret det for at skrive en ny version.</translation>
    </message>
    <message>
        <source>Draft, version %1. Only the author can change it.</source>
        <translation>Udkast, version %1. Kun forfatteren kan ændre det.</translation>
    </message>
    <message>
        <source>Draft, version %1. Sign it when it is finished.</source>
        <translation>Udkast, version %1. Underskriv det, når det er færdigt.</translation>
    </message>
    <message>
        <source>The content was changed after signing (a draft edited on another PC before the signature arrived); the author should read it and amend it.</source>
        <translation>Indholdet er ændret efter underskriften (et udkast rettet på en anden pc, før underskriften nåede frem); forfatteren bør læse det og rette det.</translation>
    </message>
    <message>
        <source>ICF categories</source>
        <translation>ICF-kategorier</translation>
    </message>
    <message>
        <source>Code or words (Danish or English)</source>
        <translation>Kode eller ord (dansk eller engelsk)</translation>
    </message>
    <message>
        <source>Add to note</source>
        <translation>Tilføj til notat</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Bedømmelse</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Personal factors:</source>
        <translation>Personlige faktorer:</translation>
    </message>
    <message>
        <source>What it means for job or education:</source>
        <translation>Hvad det betyder for job eller uddannelse:</translation>
    </message>
    <message>
        <source>Recommended intervention tracks</source>
        <translation>Anbefalede indsatsspor</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Gem udkast</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Underskriv</translation>
    </message>
    <message>
        <source>%1 is already in the note.</source>
        <translation>%1 er allerede i notatet.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Udkast gemt.</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Ikke underskrevet: %1</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>Underskrevet.</translation>
    </message>
    <message>
        <source>Only the core set for vocational rehabilitation</source>
        <translation>Kun kernesæt for erhvervsrettet rehabilitering</translation>
    </message>
    <message numerus="yes">
        <source>The brief and the comprehensive ICF Core Set for vocational rehabilitation: %n categories</source>
        <translation>
            <numerusform>Det korte og det omfattende ICF-kernesæt for erhvervsrettet rehabilitering: %n kategori</numerusform>
            <numerusform>Det korte og det omfattende ICF-kernesæt for erhvervsrettet rehabilitering: %n kategorier</numerusform>
        </translation>
    </message>
    <message>
        <source>All ICF categories</source>
        <translation>Alle ICF-kategorier</translation>
    </message>
    <message numerus="yes">
        <source>Every second-level category of the WHO&apos;s ICF: %n categories</source>
        <translation>
            <numerusform>Alle kategorier på andet niveau i WHO&apos;s ICF: %n kategori</numerusform>
            <numerusform>Alle kategorier på andet niveau i WHO&apos;s ICF: %n kategorier</numerusform>
        </translation>
    </message>
    <message>
        <source>core set</source>
        <translation>kernesæt</translation>
    </message>
    <message>
        <source>In the brief and the comprehensive ICF Core Set for vocational rehabilitation.</source>
        <translation>I det korte og det omfattende ICF-kernesæt for erhvervsrettet rehabilitering.</translation>
    </message>
    <message>
        <source>In the comprehensive ICF Core Set for vocational rehabilitation.</source>
        <translation>I det omfattende ICF-kernesæt for erhvervsrettet rehabilitering.</translation>
    </message>
    <message numerus="yes">
        <source>%n categories in the core set.</source>
        <translation>
            <numerusform>%n kategori i kernesættet.</numerusform>
            <numerusform>%n kategorier i kernesættet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ICF categories.</source>
        <translation>
            <numerusform>%n ICF-kategori.</numerusform>
            <numerusform>%n ICF-kategorier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found in the core set.</source>
        <translation>
            <numerusform>%n fundet i kernesættet.</numerusform>
            <numerusform>%n fundet i kernesættet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found among all ICF categories.</source>
        <translation>
            <numerusform>%n fundet blandt alle ICF-kategorier.</numerusform>
            <numerusform>%n fundet blandt alle ICF-kategorier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None in the core set, %n among all ICF categories: &lt;a href=&quot;all&quot;&gt;show them&lt;/a&gt;.</source>
        <translation>
            <numerusform>Ingen i kernesættet, %n blandt alle ICF-kategorier: &lt;a href=&quot;all&quot;&gt;vis den&lt;/a&gt;.</numerusform>
            <numerusform>Ingen i kernesættet, %n blandt alle ICF-kategorier: &lt;a href=&quot;all&quot;&gt;vis dem&lt;/a&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ICF category matches “%1”.</source>
        <translation>Ingen ICF-kategori passer til »%1«.</translation>
    </message>
    <message>
        <source>Sign the note? A signed note cannot be changed; it can only be amended in a new version.</source>
        <translation>Underskriv notatet? Et underskrevet notat kan ikke ændres; det kan kun rettes i en ny version.</translation>
    </message>
    <message>
        <source>The note has:</source>
        <translation>Notatet har:</translation>
    </message>
    <message>
        <source>Sign the note</source>
        <translation>Underskriv notatet</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ikke endnu</translation>
    </message>
    <message>
        <source>Not signed; the note is still a draft.</source>
        <translation>Ikke underskrevet; notatet er stadig et udkast.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>Angiv en dato</translation>
    </message>
</context>
<context>
    <name>samspil::ui::PlacementDialog</name>
    <message>
        <source>Ticked: the follow-up with the company was held</source>
        <translation>Markeret: opfølgningen med virksomheden er holdt</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Slutter den</translation>
    </message>
    <message>
        <source>New placement at a company</source>
        <translation>Ny praktik eller job i en virksomhed</translation>
    </message>
    <message>
        <source>Placement at a company</source>
        <translation>Praktik eller job i en virksomhed</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Praktik</translation>
    </message>
    <message>
        <source> hours/week</source>
        <translation> timer/uge</translation>
    </message>
    <message>
        <source>Concrete, well-defined tasks</source>
        <translation>Konkrete, veldefinerede opgaver</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Virksomhed</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Begynder</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>Tim&amp;er</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Opgaver</translation>
    </message>
    <message>
        <source>Serves the plan &amp;goal</source>
        <translation>Støtter må&amp;let i planen</translation>
    </message>
    <message>
        <source>(no goal chosen)</source>
        <translation>(intet mål valgt)</translation>
    </message>
    <message>
        <source>Skånehensyn (accommodations)</source>
        <translation>Skånehensyn</translation>
    </message>
    <message>
        <source>The signed professional notes you may read propose no skånehensyn.</source>
        <translation>De underskrevne faglige notater, du må læse, foreslår ingen skånehensyn.</translation>
    </message>
    <message>
        <source>Proposed from the signed professional notes (marked ●); choose what applies.</source>
        <translation>Foreslået ud fra de underskrevne faglige notater (mærket ●); vælg det, der gælder.</translation>
    </message>
    <message>
        <source>Proposed because of: %1</source>
        <translation>Foreslået på grund af: %1</translation>
    </message>
    <message>
        <source>Further skånehensyn in your own words</source>
        <translation>Yderligere skånehensyn med dine egne ord</translation>
    </message>
    <message>
        <source>At the company</source>
        <translation>I virksomheden</translation>
    </message>
    <message>
        <source>Virksomhedsmentor, if any</source>
        <translation>Virksomhedsmentor, hvis der er en</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>Tilføj opfølgning</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation>Kontakt&amp;person</translation>
    </message>
    <message>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <source>&amp;Follow-ups with the company</source>
        <translation>Op&amp;følgninger med virksomheden</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Hvordan det sluttede</translation>
    </message>
    <message>
        <source>(not ended)</source>
        <translation>(ikke afsluttet)</translation>
    </message>
    <message>
        <source>Why it ended early, what comes next</source>
        <translation>Hvorfor den stoppede før tid, hvad der sker nu</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Sluttede den</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Hvorfor</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Add the company under Team ▸ Companies first.</source>
        <translation>Opret først virksomheden under Team ▸ Virksomheder.</translation>
    </message>
    <message>
        <source>The citizen consents to the company knowing:</source>
        <translation>Borgeren giver samtykke til, at virksomheden må vide:</translation>
    </message>
    <message>
        <source>Health information for the company</source>
        <translation>Helbredsoplysninger til virksomheden</translation>
    </message>
    <message>
        <source>Only what the citizen agrees to; never the professional notes</source>
        <translation>Kun det, borgeren siger ja til; aldrig de faglige notater</translation>
    </message>
    <message>
        <source>The placement was saved, but not the consent: %1</source>
        <translation>Praktikken blev gemt, men ikke samtykket: %1</translation>
    </message>
    <message>
        <source>Part of the &amp;intervention</source>
        <translation>Del af &amp;indsatsen</translation>
    </message>
    <message>
        <source>(no intervention chosen)</source>
        <translation>(ingen indsats valgt)</translation>
    </message>
</context>
<context>
    <name>samspil::ui::PlacementsTab</name>
    <message>
        <source>No placements at companies yet.</source>
        <translation>Ingen praktik eller job i virksomheder endnu.</translation>
    </message>
    <message>
        <source>&amp;Open placement…</source>
        <translation>Å&amp;bn praktik…</translation>
    </message>
    <message>
        <source>&amp;Print agreement…</source>
        <translation>&amp;Udskriv aftale…</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Hours/week</source>
        <translation>Timer/uge</translation>
    </message>
    <message>
        <source>Skånehensyn</source>
        <translation>Skånehensyn</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Hvordan det sluttede</translation>
    </message>
    <message>
        <source>&amp;New placement…</source>
        <translation>&amp;Ny praktik…</translation>
    </message>
    <message>
        <source>Companies whose offers fit the plan&apos;s goal and the skånehensyn:</source>
        <translation>Virksomheder, hvis tilbud passer til planens mål og skånehensynene:</translation>
    </message>
    <message>
        <source>Print agreement</source>
        <translation>Udskriv aftale</translation>
    </message>
    <message>
        <source> (due)</source>
        <translation> (forfalden)</translation>
    </message>
    <message>
        <source>ended — record how</source>
        <translation>sluttet – registrér hvordan</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>No company&apos;s offer fits yet.</source>
        <translation>Ingen virksomheds tilbud passer endnu.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::PlanTab</name>
    <message>
        <source>Create plan</source>
        <translation>Opret plan</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Gem plan</translation>
    </message>
    <message>
        <source>Change plan (new version)</source>
        <translation>Ændr planen (ny version)</translation>
    </message>
    <message>
        <source>Agree with citizen…</source>
        <translation>Aftal med borgeren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Vis udskrift…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>The overall employment goal, e.g. a job as a warehouse worker, 25 hours a week</source>
        <translation>Det overordnede beskæftigelsesmål, fx job som lagermedarbejder, 25 timer om ugen</translation>
    </message>
    <message>
        <source>In the citizen&apos;s own words</source>
        <translation>Med borgerens egne ord</translation>
    </message>
    <message>
        <source>Employment goal</source>
        <translation>Beskæftigelsesmål</translation>
    </message>
    <message>
        <source>&amp;Employment goal:</source>
        <translation>&amp;Beskæftigelsesmål:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation>&amp;Timer pr. uge:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>&amp;Måldato:</translation>
    </message>
    <message>
        <source>&amp;What matters to me:</source>
        <translation>&amp;Det er vigtigt for mig:</translation>
    </message>
    <message>
        <source>My &amp;first step:</source>
        <translation>Mit &amp;første skridt:</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>How we see it is reached</source>
        <translation>Sådan ser vi, at det er nået</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Indsatsspor</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Måldato</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Add goal…</source>
        <translation>Tilføj mål…</translation>
    </message>
    <message>
        <source>Add sub-goal…</source>
        <translation>Tilføj delmål…</translation>
    </message>
    <message>
        <source>Edit goal…</source>
        <translation>Rediger mål…</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Fjern mål</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Udfører</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add intervention…</source>
        <translation>Tilføj indsats…</translation>
    </message>
    <message>
        <source>Edit intervention…</source>
        <translation>Rediger indsats…</translation>
    </message>
    <message>
        <source>Remove intervention</source>
        <translation>Fjern indsats</translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation>Indsatser</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (valgfri)</translation>
    </message>
    <message>
        <source>Add rating</source>
        <translation>Tilføj vurdering</translation>
    </message>
    <message>
        <source>New rating</source>
        <translation>Ny vurdering</translation>
    </message>
    <message>
        <source>Score (1–10):</source>
        <translation>Score (1–10):</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioner</translation>
    </message>
    <message>
        <source>Change the employment goal</source>
        <translation>Ændr beskæftigelsesmålet</translation>
    </message>
    <message>
        <source>Change the kind of goal</source>
        <translation>Ændr typen af mål</translation>
    </message>
    <message>
        <source>Change hours per week</source>
        <translation>Ændr timer pr. uge</translation>
    </message>
    <message>
        <source>Change the target date</source>
        <translation>Ændr måldatoen</translation>
    </message>
    <message>
        <source>Change “what matters to me”</source>
        <translation>Ændr “det er vigtigt for mig”</translation>
    </message>
    <message>
        <source>Change “my first step”</source>
        <translation>Ændr “mit første skridt”</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>Agreed on %1 (%2). Present: %3.</source>
        <translation>Aftalt den %1 (%2). Til stede: %3.</translation>
    </message>
    <message>
        <source>Changed since version %1:</source>
        <translation>Ændret siden version %1:</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Ingen ændringer.</translation>
    </message>
    <message>
        <source>The first version.</source>
        <translation>Den første version.</translation>
    </message>
    <message>
        <source>The employment goal</source>
        <translation>Beskæftigelsesmålet</translation>
    </message>
    <message>
        <source>No intervention plan yet</source>
        <translation>Endnu ingen indsatsplan</translation>
    </message>
    <message>
        <source>Intervention plan, version %1 (%2)%3</source>
        <translation>Indsatsplan, version %1 (%2)%3</translation>
    </message>
    <message>
        <source> – not saved</source>
        <translation> – ikke gemt</translation>
    </message>
    <message>
        <source>Add sub-goal “%1”</source>
        <translation>Tilføj delmål “%1”</translation>
    </message>
    <message>
        <source>Add goal “%1”</source>
        <translation>Tilføj mål “%1”</translation>
    </message>
    <message>
        <source>Change goal “%1”</source>
        <translation>Ændr mål “%1”</translation>
    </message>
    <message>
        <source>Remove goal “%1”</source>
        <translation>Fjern mål “%1”</translation>
    </message>
    <message>
        <source>Add intervention “%1”</source>
        <translation>Tilføj indsats “%1”</translation>
    </message>
    <message>
        <source>Change intervention “%1”</source>
        <translation>Ændr indsats “%1”</translation>
    </message>
    <message>
        <source>Remove intervention “%1”</source>
        <translation>Fjern indsats “%1”</translation>
    </message>
    <message>
        <source>Choose a goal first.</source>
        <translation>Vælg først et mål.</translation>
    </message>
    <message>
        <source>Choose the goal the sub-goal belongs to.</source>
        <translation>Vælg det mål, delmålet hører til.</translation>
    </message>
    <message>
        <source>Choose an intervention first.</source>
        <translation>Vælg først en indsats.</translation>
    </message>
    <message>
        <source>A draft plan was created. Write the employment goal and the goals together with the citizen.</source>
        <translation>Et udkast til en plan er oprettet. Skriv beskæftigelsesmålet og målene sammen med borgeren.</translation>
    </message>
    <message>
        <source>The plan was saved.</source>
        <translation>Planen blev gemt.</translation>
    </message>
    <message>
        <source>Version %1 is a new draft; the agreed version stays as it is until this one is agreed.</source>
        <translation>Version %1 er et nyt udkast; den aftalte version forbliver uændret, indtil denne er aftalt.</translation>
    </message>
    <message>
        <source>The plan was agreed with the citizen on %1.</source>
        <translation>Planen blev aftalt med borgeren den %1.</translation>
    </message>
    <message>
        <source>The rating was saved.</source>
        <translation>Vurderingen blev gemt.</translation>
    </message>
    <message>
        <source>Review the plan:</source>
        <translation>Revider planen:</translation>
    </message>
    <message>
        <source>Progress toward the employment goal</source>
        <translation>Progression mod beskæftigelsesmålet</translation>
    </message>
    <message>
        <source>Version %1 – %2</source>
        <translation>Version %1 – %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>The plan has been changed. Save the changes?</source>
        <translation>Planen er ændret. Vil du gemme ændringerne?</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Udskriv planen</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Gem planen som PDF</translation>
    </message>
    <message>
        <source>indsatsplan-version-%1.pdf</source>
        <translation>indsatsplan-version-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The plan was saved as %1.</source>
        <translation>Planen blev gemt som %1.</translation>
    </message>
    <message>
        <source>The case is closed. The plan is shown as it was and cannot be changed or rated until the case is reopened (Citizen ▸ Reopen case).</source>
        <translation>Sagen er afsluttet. Indsatsplanen vises, som den var, og kan hverken ændres eller vurderes, før sagen er genåbnet (Borger ▸ Genåbn sag).</translation>
    </message>
    <message>
        <source>indsatsplan-%1-version-%2.pdf</source>
        <translation>indsatsplan-%1-version-%2.pdf</translation>
    </message>
    <message>
        <source>Version %1 – agreed %2</source>
        <translation>Version %1 – aftalt %2</translation>
    </message>
    <message>
        <source>Version %1 – %2 (agreed %3)</source>
        <translation>Version %1 – %2 (aftalt %3)</translation>
    </message>
    <message>
        <source>No signals: nothing in the plan asks for a review now.</source>
        <translation>Ingen signaler: intet i indsatsplanen kalder på en revision lige nu.</translation>
    </message>
    <message>
        <source>The plan was changed elsewhere while you were editing. Save keeps your version; Undo all your changes to see the new one.</source>
        <translation>Planen blev ændret et andet sted, mens du redigerede. Gem beholder din udgave; fortryd alle dine ændringer for at se den nye.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::RcMatrixModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 → %2: no answers</source>
        <translation>%1 → %2: ingen svar</translation>
    </message>
    <message>
        <source>%1 → %2: %3 (%4), n = %5</source>
        <translation>%1 → %2: %3 (%4), n = %5</translation>
    </message>
    <message>
        <source>%1 rates %2: %3, %4</source>
        <translation>%1 vurderer %2: %3, %4</translation>
    </message>
    <message>
        <source>%1 rates %2: no answers</source>
        <translation>%1 vurderer %2: ingen svar</translation>
    </message>
    <message>
        <source>How %1 rate the other groups</source>
        <translation>Sådan vurderer %1 de andre faggrupper</translation>
    </message>
    <message>
        <source>How the groups rate %1</source>
        <translation>Sådan vurderer faggrupperne %1</translation>
    </message>
</context>
<context>
    <name>samspil::ui::RcMatrixView</name>
    <message>
        <source>%1 weak: below %2</source>
        <translation>%1 svag: under %2</translation>
    </message>
    <message>
        <source>%1 moderate: %2 to %3</source>
        <translation>%1 moderat: %2 til %3</translation>
    </message>
    <message>
        <source>%1 strong: above %2</source>
        <translation>%1 stærk: over %2</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Sammenlign med:</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(ingen sammenligning)</translation>
    </message>
    <message>
        <source>Ties below this index are weak.</source>
        <translation>Relationer under dette indeks er svage.</translation>
    </message>
    <message>
        <source>Ties above this index are strong.</source>
        <translation>Relationer over dette indeks er stærke.</translation>
    </message>
    <message>
        <source>Weak below:</source>
        <translation>Svag under:</translation>
    </message>
    <message>
        <source>Strong above:</source>
        <translation>Stærk over:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Gem som PNG…</translation>
    </message>
    <message>
        <source>Relational coordination matrix</source>
        <translation>Matrix for relationel koordinering</translation>
    </message>
    <message>
        <source>Rows: the respondents&apos; own group. Columns: the group they rate.</source>
        <translation>Rækker: respondenternes egen faggruppe. Kolonner: den faggruppe, de vurderer.</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Forklaring:</translation>
    </message>
    <message>
        <source>– no answers</source>
        <translation>– ingen svar</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <source>Seen by others</source>
        <translation>Set af andre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Breakdown of the selected tie&lt;/b&gt;</source>
        <translation>&lt;b&gt;Den valgte relation fordelt på dimensioner&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;How the other groups see each group&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sådan ser de andre faggrupper hver faggruppe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gennemsnit</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Select a cell in the matrix.</source>
        <translation>Vælg en celle i matrixen.</translation>
    </message>
    <message>
        <source>%1 → %2: no answers.</source>
        <translation>%1 → %2: ingen svar.</translation>
    </message>
    <message>
        <source>%1 → %2: index %3 (%4), n = %5.</source>
        <translation>%1 → %2: indeks %3 (%4), n = %5.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Relational coordination: %1</source>
        <translation>Relationel koordinering: %1</translation>
    </message>
    <message>
        <source>Second line: change since %1.</source>
        <translation>Anden linje: ændring siden %1.</translation>
    </message>
    <message>
        <source>Could not save the picture %1: %2</source>
        <translation>Kunne ikke gemme billedet %1: %2</translation>
    </message>
    <message>
        <source>Save the matrix as PNG</source>
        <translation>Gem matrixen som PNG</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
</context>
<context>
    <name>samspil::ui::RcResponseForm</name>
    <message>
        <source>Questions in:</source>
        <translation>Spørgsmål på:</translation>
    </message>
    <message>
        <source>Your own professional group:</source>
        <translation>Din egen faggruppe:</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>Næste faggruppe</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Begynd forfra</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Gem mine svar</translation>
    </message>
    <message>
        <source>%1 (your own group)</source>
        <translation>%1 (din egen faggruppe)</translation>
    </message>
    <message>
        <source>Choose your group…</source>
        <translation>Vælg din faggruppe…</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <source>Choose a survey first.</source>
        <translation>Vælg først en måling.</translation>
    </message>
    <message>
        <source>Choose your own professional group before saving.</source>
        <translation>Vælg din egen faggruppe, før du gemmer.</translation>
    </message>
    <message>
        <source>Answer at least one question before saving.</source>
        <translation>Besvar mindst ét spørgsmål, før du gemmer.</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved, and the form is ready for the next person.</source>
        <translation>Tak. Dine svar er gemt, og skemaet er klar til den næste.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::RcWindow</name>
    <message>
        <source>Relational coordination</source>
        <translation>Relationel koordinering</translation>
    </message>
    <message>
        <source>Survey round:</source>
        <translation>Målerunde:</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Ny runde…</translation>
    </message>
    <message>
        <source>Import answers (CSV)…</source>
        <translation>Importér svar (CSV)…</translation>
    </message>
    <message>
        <source>Load question wording…</source>
        <translation>Indlæs spørgsmålstekster…</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Fill in the questionnaire</source>
        <translation>Udfyld spørgeskemaet</translation>
    </message>
    <message>
        <source>Samspil&apos;s own question wording is used: %1</source>
        <translation>Samspils egne spørgsmålstekster bruges: %1</translation>
    </message>
    <message>
        <source>The round “%1” is created. Respondents can fill in the questionnaire now.</source>
        <translation>Runden “%1” er oprettet. Respondenterne kan nu udfylde spørgeskemaet.</translation>
    </message>
    <message>
        <source>Answer rows imported: %1.</source>
        <translation>Importerede svarrækker: %1.</translation>
    </message>
    <message>
        <source>Rows rejected: %1.</source>
        <translation>Afviste rækker: %1.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linje %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… og %1 mere.</translation>
    </message>
    <message>
        <source>The questionnaire now uses the wording from %1.</source>
        <translation>Spørgeskemaet bruger nu spørgsmålsteksterne fra %1.</translation>
    </message>
    <message>
        <source>New survey round</source>
        <translation>Ny målerunde</translation>
    </message>
    <message>
        <source>Caseworkers</source>
        <translation>Sagsbehandlere</translation>
    </message>
    <message>
        <source>Physiotherapists</source>
        <translation>Fysioterapeuter</translation>
    </message>
    <message>
        <source>Psychologists</source>
        <translation>Psykologer</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Sygeplejersker</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <source>Company consultants</source>
        <translation>Virksomhedskonsulenter</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Ledere</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Held on:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Groups, one per line:</source>
        <translation>Faggrupper, én pr. linje:</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Importér svar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-filer (*.csv *.txt)</translation>
    </message>
    <message>
        <source>The survey round the answers belong to (a new name creates a round):</source>
        <translation>Den målerunde, svarene hører til (et nyt navn opretter en runde):</translation>
    </message>
    <message>
        <source>Load question wording</source>
        <translation>Indlæs spørgsmålstekster</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
</context>
<context>
    <name>samspil::ui::RetentionDialog</name>
    <message>
        <source>Erasure of closed cases</source>
        <translation>Sletning af afsluttede sager</translation>
    </message>
    <message>
        <source> years</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Sluttede</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Sådan sluttede det</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>May be erased from</source>
        <translation>Må slettes fra</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlag</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Oplysninger</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Keep closed cases for</source>
        <translation>Gem afsluttede sager i</translation>
    </message>
    <message>
        <source>after they ended.</source>
        <translation>efter de er slut.</translation>
    </message>
    <message>
        <source>Erasures made on the team&apos;s PCs (no personal data is kept about them):</source>
        <translation>Sletninger foretaget på teamets pc&apos;er (der gemmes ingen personoplysninger om dem):</translation>
    </message>
    <message numerus="yes">
        <source>No closed case is past the period of %n years.</source>
        <translation>
            <numerusform>Ingen afsluttet sag har passeret perioden på %n år.</numerusform>
            <numerusform>Ingen afsluttet sag har passeret perioden på %n år.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed cases are past the period and may be erased, the longest past first. Erasing removes the citizen and everything about them on every PC of the team.</source>
        <translation>
            <numerusform>%n afsluttet sag har passeret perioden og må slettes. Sletning fjerner borgeren og alt om borgeren på alle teamets pc&apos;er.</numerusform>
            <numerusform>%n afsluttede sager har passeret perioden og må slettes, de ældste først. Sletning fjerner borgeren og alt om borgeren på alle teamets pc&apos;er.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Removed from the caseload</source>
        <translation>Fjernet fra sagsstammen</translation>
    </message>
    <message>
        <source>Past the retention period</source>
        <translation>Opbevaringsperioden udløbet</translation>
    </message>
    <message>
        <source>Before the period</source>
        <translation>Før periodens udløb</translation>
    </message>
    <message>
        <source>Before the period: %1</source>
        <translation>Før periodens udløb: %1</translation>
    </message>
</context>
<context>
    <name>samspil::ui::ScreeningHistoryModel</name>
    <message>
        <source>Corrected</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <source>Correction of %1</source>
        <translation>Rettelse af %1</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rettelse</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Gældende</translation>
    </message>
    <message>
        <source>Current; %1</source>
        <translation>Gældende; %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Decided risk</source>
        <translation>Besluttet risiko</translation>
    </message>
    <message>
        <source>Proposed risk</source>
        <translation>Foreslået risiko</translation>
    </message>
    <message>
        <source>Total score</source>
        <translation>Samlet score</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>samspil::ui::ScreeningHistoryWidget</name>
    <message>
        <source>&amp;New screening…</source>
        <translation>&amp;Ny screening…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Ret…</translation>
    </message>
    <message>
        <source>Record a correction of the selected screening; the original is kept.</source>
        <translation>Registrér en rettelse af den valgte screening; den oprindelige bevares.</translation>
    </message>
    <message>
        <source>Correct screening</source>
        <translation>Ret screening</translation>
    </message>
    <message>
        <source>This screening used the questionnaire “%1” version %2, which is not available; the correction uses “%3”.</source>
        <translation>Denne screening brugte spørgeskemaet “%1” version %2, som ikke er tilgængeligt; rettelsen bruger “%3”.</translation>
    </message>
    <message>
        <source>Latest decided risk: %1 (%2)</source>
        <translation>Senest besluttede risiko: %1 (%2)</translation>
    </message>
    <message>
        <source>Not screened yet.</source>
        <translation>Endnu ikke screenet.</translation>
    </message>
    <message>
        <source>Reason for the decision:</source>
        <translation>Begrundelse for afgørelsen:</translation>
    </message>
    <message>
        <source>Assessment from the first conversation:</source>
        <translation>Vurdering fra den første samtale:</translation>
    </message>
    <message>
        <source>none written</source>
        <translation>ingen skrevet</translation>
    </message>
</context>
<context>
    <name>samspil::ui::ScreeningWizard</name>
    <message>
        <source>The citizen&apos;s answers. Tab moves to the next question; the arrow keys, Home, End or a digit choose the answer.</source>
        <translation>Borgerens svar. Tab går til næste spørgsmål; piletasterne, Home, End eller et ciffer vælger svaret.</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered.</source>
        <translation>%1 af %2 spørgsmål besvaret.</translation>
    </message>
    <message>
        <source>Proposed risk</source>
        <translation>Foreslået risiko</translation>
    </message>
    <message>
        <source>The questionnaire proposes a risk; you decide on the next page, together with what you learned in the first conversation.</source>
        <translation>Spørgeskemaet foreslår en risiko; du beslutter på næste side ud fra det og det, du hørte i den første samtale.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Mulig</translation>
    </message>
    <message>
        <source>Proposed risk: %1</source>
        <translation>Foreslået risiko: %1</translation>
    </message>
    <message>
        <source>Assessment and decision</source>
        <translation>Vurdering og beslutning</translation>
    </message>
    <message>
        <source>Write your assessment from the first conversation and decide the risk. A decision that differs from the proposal needs a reason.</source>
        <translation>Skriv din vurdering fra den første samtale, og beslut risikoen. En beslutning, der afviger fra forslaget, skal begrundes.</translation>
    </message>
    <message>
        <source>What the citizen told you, and your own assessment.</source>
        <translation>Hvad borgeren fortalte, og din egen vurdering.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>&amp;Assessment from the first conversation:</source>
        <translation>&amp;Vurdering fra første samtale:</translation>
    </message>
    <message>
        <source>&amp;Decided risk:</source>
        <translation>Besluttet &amp;risiko:</translation>
    </message>
    <message>
        <source>Screened &amp;by:</source>
        <translation>Screenet &amp;af:</translation>
    </message>
    <message>
        <source>Screened &amp;on:</source>
        <translation>Screenet &amp;den:</translation>
    </message>
    <message>
        <source>&amp;Reason (required: the decision differs from the proposed %1):</source>
        <translation>&amp;Begrundelse (skal udfyldes: beslutningen afviger fra den foreslåede %1):</translation>
    </message>
    <message>
        <source>New screening</source>
        <translation>Ny screening</translation>
    </message>
    <message>
        <source>&amp;Save screening</source>
        <translation>&amp;Gem screening</translation>
    </message>
    <message>
        <source>Correct screening of %1</source>
        <translation>Ret screening fra %1</translation>
    </message>
</context>
<context>
    <name>samspil::ui::StaffDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>&amp;New staff member</source>
        <translation>&amp;Ny medarbejder</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Genaktivér</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivér</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Deactivate staff member</source>
        <translation>Deaktivér medarbejder</translation>
    </message>
    <message numerus="yes">
        <source>%1 is the caseworker of %n active case(s). Deactivate anyway? The cases keep their caseworker until you change it.</source>
        <translation>
            <numerusform>%1 er sagsbehandler på %n aktiv sag. Vil du deaktivere alligevel? Sagen beholder sin sagsbehandler, indtil du ændrer det.</numerusform>
            <numerusform>%1 er sagsbehandler på %n aktive sager. Vil du deaktivere alligevel? Sagerne beholder deres sagsbehandler, indtil du ændrer det.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 er aktiv igen.</translation>
    </message>
    <message>
        <source>Leader of the team</source>
        <translation>Leder af teamet</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>&amp;Tilknyt</translation>
    </message>
    <message>
        <source>&amp;Unbind</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Leaders add staff and their accounts, run the retention rules and erasure, and may export the whole database</source>
        <translation>Ledere tilføjer medarbejdere og deres konti, står for sletning og må eksportere hele databasen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. KOMMUNE\mha</source>
        <translation>fx KOMMUNE\mha</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>The accounts this person logs on to the PC with. Samspil knows who someone is from their account; an account that is bound to nobody sees no citizen data.</source>
        <translation>De konti, personen logger på pc’en med. Samspil ved, hvem man er, ud fra kontoen; en konto, der ikke er knyttet til nogen, ser ingen borgerdata.</translation>
    </message>
    <message>
        <source>Deactivated: reads nothing</source>
        <translation>Deaktiveret: ser ingenting</translation>
    </message>
    <message>
        <source>Add the staff member first</source>
        <translation>Tilføj medarbejderen først</translation>
    </message>
    <message>
        <source>The account %1 is bound to %2.</source>
        <translation>Kontoen %1 er knyttet til %2.</translation>
    </message>
    <message>
        <source>Choose the account to unbind.</source>
        <translation>Vælg den konto, der skal fjernes.</translation>
    </message>
    <message>
        <source>The account %1 is no longer bound to anyone.</source>
        <translation>Kontoen %1 er ikke længere knyttet til nogen.</translation>
    </message>
    <message>
        <source>%1 was deactivated: their history stays, and their accounts read nothing.</source>
        <translation>%1 er deaktiveret: historikken bevares, og vedkommendes konti ser ingenting.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbejdstider</translation>
    </message>
    <message>
        <source>None yet: talks and conferences cannot be booked with this person. Set them under Team ▸ Working hours…</source>
        <translation>Ingen endnu: samtaler og konferencer kan ikke bookes med denne person. Sæt dem under Team ▸ Arbejdstider…</translation>
    </message>
    <message numerus="yes">
        <source>%n weekday(s) with working hours (Team ▸ Working hours…)</source>
        <translation>
            <numerusform>%n ugedag med arbejdstider (Team ▸ Arbejdstider…)</numerusform>
            <numerusform>%n ugedage med arbejdstider (Team ▸ Arbejdstider…)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added. Set their working hours under Team ▸ Working hours… before booking talks with them.</source>
        <translation>%1 er tilføjet. Sæt vedkommendes arbejdstider under Team ▸ Arbejdstider…, før der bookes samtaler.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::StaffModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
</context>
<context>
    <name>samspil::ui::SyncController</name>
    <message>
        <source>Sync is already running.</source>
        <translation>Synkroniseringen kører allerede.</translation>
    </message>
    <message>
        <source>Exchanging changes with the team&apos;s other PCs…</source>
        <translation>Udveksler ændringer med teamets andre pc&apos;er…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Synchronised: %1 sent, %2 received.</source>
        <translation>Synkroniseret: %1 sendt, %2 modtaget.</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) wait for you.</source>
        <translation>
            <numerusform>%n ny konflikt venter på dig.</numerusform>
            <numerusform>%n nye konflikter venter på dig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes wait; see Sync for details.</source>
        <translation>Nogle ændringer venter; se Synkronisering for detaljer.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::SyncDialog</name>
    <message>
        <source>Sync with the team&apos;s shared drive</source>
        <translation>Synkronisering med teamets fælles drev</translation>
    </message>
    <message>
        <source>Not joined: choose the team&apos;s shared folder</source>
        <translation>Ikke tilsluttet: vælg teamets fælles mappe</translation>
    </message>
    <message>
        <source>&amp;Choose folder…</source>
        <translation>&amp;Vælg mappe…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisér nu</translation>
    </message>
    <message>
        <source>Shared folder:</source>
        <translation>Fælles mappe:</translation>
    </message>
    <message>
        <source>Last synchronised:</source>
        <translation>Senest synkroniseret:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Venter på at blive sendt:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>Sync automatically every:</source>
        <translation>Synkronisér automatisk hvert:</translation>
    </message>
    <message>
        <source>Each PC keeps its own database and exchanges changes through the shared folder. Samspil keeps working when the drive cannot be reached and sends everything later.</source>
        <translation>Hver pc har sin egen database og udveksler ændringer gennem den fælles mappe. Samspil arbejder videre, når drevet ikke kan nås, og sender det hele senere.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Two PCs changed the same field before they had seen each other&apos;s change. The newer value is shown now; the other is kept here until you decide.</source>
        <translation>To pc&apos;er ændrede det samme felt, før de havde set hinandens ændring. Den nyeste værdi vises nu; den anden gemmes her, til du har besluttet dig.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Nuværende værdi</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anden værdi</translation>
    </message>
    <message>
        <source>Other value from</source>
        <translation>Anden værdi fra</translation>
    </message>
    <message>
        <source>&amp;Keep current value</source>
        <translation>&amp;Behold nuværende værdi</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Brug den anden værdi</translation>
    </message>
    <message>
        <source>Edited on one PC after another PC deleted it: the row was kept. Check it, then mark it as seen (or delete it again).</source>
        <translation>Rettet på én pc, efter at en anden pc havde slettet den: rækken er bevaret. Kontrollér den, og markér den som set (eller slet den igen).</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Opdaget</translation>
    </message>
    <message>
        <source>&amp;Mark as seen</source>
        <translation>&amp;Markér som set</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <source>Benefit start</source>
        <translation>Ydelsens start</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Coordinating caseworker</source>
        <translation>Koordinerende sagsbehandler</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Citizen %1</source>
        <translation>Borger %1</translation>
    </message>
    <message>
        <source>A citizen (deleted)</source>
        <translation>En borger (slettet)</translation>
    </message>
    <message>
        <source>Staff member %1 (%2)</source>
        <translation>Medarbejder %1 (%2)</translation>
    </message>
    <message>
        <source>A staff member (deleted)</source>
        <translation>En medarbejder (slettet)</translation>
    </message>
    <message>
        <source>%1 record</source>
        <translation>%1-post</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ændring</numerusform>
            <numerusform>%n ændringer</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>intet</translation>
    </message>
    <message>
        <source>%1: edited after it was deleted on another PC</source>
        <translation>%1: rettet, efter at den blev slettet på en anden pc</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikter (%1)</translation>
    </message>
    <message>
        <source>Nothing has been synchronised yet.</source>
        <translation>Der er endnu ikke synkroniseret noget.</translation>
    </message>
    <message>
        <source>The team&apos;s shared folder</source>
        <translation>Teamets fælles mappe</translation>
    </message>
    <message>
        <source>Cannot use this folder</source>
        <translation>Mappen kan ikke bruges</translation>
    </message>
    <message>
        <source>The conflict was not settled</source>
        <translation>Konflikten blev ikke afgjort</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>PCs of the team</source>
        <translation>PC&apos;er i teamet</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>Pc</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Spurgt</translation>
    </message>
    <message>
        <source>The code shown on the new PC, e.g. 1234 5678 9012</source>
        <translation>Koden, som den nye pc viser, fx 1234 5678 9012</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Optag</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>K&amp;ode:</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Optaget</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>&amp;Retire PC…</source>
        <translation>&amp;Udmeld pc…</translation>
    </message>
    <message>
        <source>Take a lost, stolen or replaced PC out of the team. The team key is replaced; the PC can no longer read or add to the shared folder.</source>
        <translation>Meld en mistet, stjålet eller udskiftet pc ud af teamet. Teamnøglen skiftes; pc&apos;en kan ikke længere læse i eller tilføje til den fælles mappe.</translation>
    </message>
    <message>
        <source>Waiting to be admitted. Compare the code with the one on the new PC&apos;s screen, type it and choose Admit:</source>
        <translation>Venter på optagelse. Sammenlign koden med den på den nye pc&apos;s skærm, skriv den, og vælg Optag:</translation>
    </message>
    <message>
        <source>PCs of the team:</source>
        <translation>Teamets pc&apos;er:</translation>
    </message>
    <message>
        <source>&lt;b&gt;This PC waits to be admitted to the team.&lt;/b&gt; Its code is &lt;b&gt;%1&lt;/b&gt;. Ask a colleague to open File ▸ Sync… ▸ PCs of the team on a PC of the team, compare the code and admit this PC. It then catches up by itself.</source>
        <translation>&lt;b&gt;Denne pc venter på at blive optaget i teamet.&lt;/b&gt; Dens kode er &lt;b&gt;%1&lt;/b&gt;. Bed en kollega åbne Filer ▸ Synkronisering… ▸ PC&apos;er i teamet på en pc i teamet, sammenligne koden og optage denne pc. Den indhenter derefter selv resten.</translation>
    </message>
    <message>
        <source>This PC has not joined a team. Choose the team&apos;s shared folder on the Status tab.</source>
        <translation>Denne pc er ikke med i et team. Vælg teamets fælles mappe under fanen Status.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <source>%1 (this PC)</source>
        <translation>%1 (denne pc)</translation>
    </message>
    <message>
        <source>Cannot admit</source>
        <translation>Kan ikke optage</translation>
    </message>
    <message>
        <source>Retire PC</source>
        <translation>Udmeld pc</translation>
    </message>
    <message>
        <source>Take %1 out of the team? It can no longer read the shared folder or add to it. Use this for a PC that is lost, stolen or replaced.</source>
        <translation>Meld %1 ud af teamet? Den kan så ikke længere læse i den fælles mappe eller tilføje til den. Brug det til en pc, der er mistet, stjålet eller udskiftet.</translation>
    </message>
    <message>
        <source>Cannot retire</source>
        <translation>Kan ikke melde ud</translation>
    </message>
    <message>
        <source>This PC is a member of the team. Files on the shared folder are encrypted and signed; only the PCs below can read them. This PC&apos;s code: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Denne pc er medlem af teamet. Filerne i den fælles mappe er krypterede og underskrevne; kun pc&apos;erne herunder kan læse dem. Denne pc&apos;s kode: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>It was admitted by %1 with the code &lt;b&gt;%2&lt;/b&gt;: that PC shows the same code here. If it does not, this PC joined a team that is not yours; stop using it with the team and tell IT.</source>
        <translation>Den blev optaget af %1 med koden &lt;b&gt;%2&lt;/b&gt;: den pc viser samme kode her. Gør den ikke det, er denne pc kommet med i et team, der ikke er jeres; brug den ikke til teamet, og sig det til it.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::TeamDayTab</name>
    <message>
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrér samtykke…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Tilbagekald samtykke</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Book team day…</source>
        <translation>Book tværfagligt team…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Flyt…</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Aflys aftale</translation>
    </message>
    <message>
        <source>Professional notes</source>
        <translation>Faglige notater</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Faggruppe</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Nyt notat…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Åbn…</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Ret…</translation>
    </message>
    <message>
        <source>Interdisciplinary conference</source>
        <translation>Tværfaglig konference</translation>
    </message>
    <message>
        <source>Conference…</source>
        <translation>Konference…</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>Næste skridt: %1</translation>
    </message>
    <message>
        <source> — overdue since %1</source>
        <translation> — overskredet siden %1</translation>
    </message>
    <message>
        <source> — due %1</source>
        <translation> — frist %1</translation>
    </message>
    <message>
        <source>No consent to share health information is recorded. Notes are read only by their authors.</source>
        <translation>Der er ikke registreret samtykke til deling af helbredsoplysninger. Notater læses kun af deres forfattere.</translation>
    </message>
    <message>
        <source>Consent given %1 (%2) to share with: %3.</source>
        <translation>Samtykke givet %1 (%2) til deling med: %3.</translation>
    </message>
    <message>
        <source>Withdrawn %1.</source>
        <translation>Tilbagekaldt %1.</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (for sent)</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Underskrevet %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <source>, amended</source>
        <translation>, rettet</translation>
    </message>
    <message>
        <source>, changed after signing</source>
        <translation>, ændret efter underskrift</translation>
    </message>
    <message>
        <source>No conference yet.</source>
        <translation>Ingen konference endnu.</translation>
    </message>
    <message>
        <source>Concluded %1. Employment goal: %2. Tracks: %3.</source>
        <translation>Afsluttet %1. Beskæftigelsesmål: %2. Indsatsspor: %3.</translation>
    </message>
    <message>
        <source>Planned %1, not concluded. Employment goal: %2. Tracks: %3.</source>
        <translation>Planlagt %1, ikke afsluttet. Beskæftigelsesmål: %2. Indsatsspor: %3.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke fastsat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Record that the citizen withdraws consent to share health information today?</source>
        <translation>Registrér at borgeren i dag tilbagekalder sit samtykke til deling af helbredsoplysninger?</translation>
    </message>
    <message>
        <source>Choose an appointment first.</source>
        <translation>Vælg først en aftale.</translation>
    </message>
    <message>
        <source>Professional note</source>
        <translation>Fagligt notat</translation>
    </message>
    <message>
        <source>Choose who you are first (File menu).</source>
        <translation>Vælg først, hvem du er (menuen Filer).</translation>
    </message>
    <message>
        <source>Amend note</source>
        <translation>Ret notat</translation>
    </message>
    <message>
        <source>Book conference…</source>
        <translation>Book konference…</translation>
    </message>
    <message>
        <source>Booked %1 %2–%3</source>
        <translation>Booket %1 %2–%3</translation>
    </message>
    <message>
        <source>%1 with %2.</source>
        <translation>%1 med %2.</translation>
    </message>
    <message>
        <source>Held %1 %2–%3</source>
        <translation>Holdt %1 %2–%3</translation>
    </message>
    <message>
        <source>The conference is booked; move or cancel its appointments to book another time.</source>
        <translation>Konferencen er booket; flyt eller aflys dens aftaler for at booke en anden tid.</translation>
    </message>
    <message>
        <source>The conference has already been held and concluded.</source>
        <translation>Konferencen er allerede holdt og afsluttet.</translation>
    </message>
    <message>
        <source>Not needed…</source>
        <translation>Ikke nødvendig…</translation>
    </message>
    <message>
        <source>The citizen does not need this talk (e.g. no health issue for the psychologist): the conference waits neither for it nor for its note. Again to mark it needed after all.</source>
        <translation>Borgeren har ikke brug for denne samtale (fx intet helbredsproblem til psykologen): konferencen venter hverken på den eller på dens notat. Tryk igen for at markere den som nødvendig alligevel.</translation>
    </message>
    <message>
        <source>Choose a talk first.</source>
        <translation>Vælg først en samtale.</translation>
    </message>
    <message>
        <source>Mark the %1 on %2 needed after all? It is planned again at its time, and the conference waits for it and its note.</source>
        <translation>Markér %1 den %2 som nødvendig alligevel? Den planlægges igen på sit tidspunkt, og konferencen venter på den og dens notat.</translation>
    </message>
    <message>
        <source>Mark the %1 on %2 not needed for this citizen? The conference then waits neither for this talk nor for a note from its profession, and the time is freed.</source>
        <translation>Markér %1 den %2 som ikke nødvendig for borgeren? Konferencen venter så hverken på samtalen eller på et notat fra den faggruppe, og tiden bliver fri.</translation>
    </message>
</context>
<context>
    <name>samspil::ui::WorkingHoursDialog</name>
    <message>
        <source>Working hours</source>
        <translation>Arbejdstider</translation>
    </message>
    <message>
        <source>When each staff member works, per weekday. A day can have several intervals, e.g. 08:00–12:00 and 12:30–15:30. Team days and conferences are only proposed within these hours.</source>
        <translation>Hvornår hver medarbejder arbejder, pr. ugedag. En dag kan have flere tidsrum, f.eks. 08:00–12:00 og 12:30–15:30. Teamdage og konferencer foreslås kun inden for disse tider.</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Add interval</source>
        <translation>Tilføj tidsrum</translation>
    </message>
    <message>
        <source>Remove interval</source>
        <translation>Fjern tidsrum</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>There is no active staff member on the team yet.</source>
        <translation>Der er endnu ingen aktive medarbejdere i teamet.</translation>
    </message>
    <message>
        <source>%1 has no working hours: no team day or conference can be proposed with them.</source>
        <translation>%1 har ingen arbejdstid: der kan ikke foreslås teamdag eller konference med vedkommende.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Intet er gemt. %1</translation>
    </message>
</context>
</TS>
