<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
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
            <source>Initials of the staff member acting (recorded with changes).</source>
            <translation>Initialer på den medarbejder, der handler (gemmes med ændringerne).</translation>
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
    </context>
    <context>
        <name>ConsistencyCheck</name>
        <message>
            <source>SQLite's integrity check could not run: %1</source>
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
                <numerusform>%n CPR-nummer hører til mere end én borger (oprettet på to pc'er, før de blev synkroniseret); læg dem sammen manuelt.</numerusform>
                <numerusform>%n CPR-numre hører til mere end én borger (oprettet på to pc'er, før de blev synkroniseret); læg dem sammen manuelt.</numerusform>
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
            <source>The respondent's own group is missing.</source>
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
            <source>Samspil could not switch %1 to write-ahead logging. Is the file on a network drive? Keep the database on this PC's own disk.</source>
            <translation>Samspil kunne ikke slå write-ahead-logning til for %1. Ligger filen på et netværksdrev? Hold databasen på pc'ens egen disk.</translation>
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
            <source>Rows: the respondents' own group. Columns: the group they rate.</source>
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
        <message>
            <source>%1 (your own group)</source>
            <translation>%1 (din egen faggruppe)</translation>
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
            <source>Samspil's own question wording is used: %1</source>
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
</TS>
