#include "CompaniesWindow.h"

#include "core/company/CompanyImporter.h"
#include "core/company/CompanyRepository.h"
#include "core/company/Cvr.h"
#include "core/company/PlacementRules.h"
#include "core/staff/StaffRepository.h"
#include "core/util/Dates.h"
#include "ui/common/ChangeWatcher.h"
#include "ui/common/WindowKeys.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace samspil::ui {

namespace {
enum ContactColumn { ContactName, ContactPhone, ContactEmail, ContactRole, ContactColumns };
enum OfferColumn { OfferKind, OfferTasks, OfferHours, OfferDemands, OfferCapacity, OfferFrom, OfferColumns };
constexpr int kIdRole = Qt::UserRole + 1;

QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}
} // namespace

CompaniesWindow::CompaniesWindow(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_watcher(new ChangeWatcher(db, {QStringLiteral("company"), QStringLiteral("company_contact"),
                                       QStringLiteral("company_offer"), QStringLiteral("staff")},
                                  {}, this))
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_cvr(new QLineEdit(this))
    , m_pNumber(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_consultant(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_contacts(new QTableWidget(0, ContactColumns, this))
    , m_offers(new QTableWidget(0, OfferColumns, this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save company"), this))
{
    setObjectName(QStringLiteral("companiesWindow"));
    setWindowTitle(tr("Companies"));
    m_search->setObjectName(QStringLiteral("companySearch"));
    m_search->setPlaceholderText(tr("Search by name, CVR number, address or contact person"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("companyList"));
    auto* newButton = new QPushButton(tr("Ne&w company"), this);
    newButton->setObjectName(QStringLiteral("newCompanyButton"));
    auto* importButton = new QPushButton(tr("&Import list (CSV)…"), this);
    importButton->setObjectName(QStringLiteral("importCompaniesButton"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newButton);
    leftButtons->addWidget(importButton);
    leftButtons->addStretch();
    leftLayout->addLayout(leftButtons);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(buildForm());
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({330, 870});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(WindowKeys::closable(this));

    connect(m_search, &QLineEdit::textChanged, this, &CompaniesWindow::refreshList);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) {
            showCompany(item->data(kIdRole).toString());
        }
    });
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_list->setCurrentItem(nullptr);
        clearForm();
        m_name->setFocus();
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import companies"), QString(), tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty()) {
            importFile(path);
        }
    });
    connect(m_save, &QPushButton::clicked, this, &CompaniesWindow::save);
    connect(m_watcher, &ChangeWatcher::changed, this, [this] {
        refreshList();
        if (!m_currentId.isEmpty()) {
            showCompany(m_currentId);
        }
    });
    resize(1100, 700);
    refreshList();
    clearForm();
}

QWidget* CompaniesWindow::buildForm()
{
    auto* box = new QWidget(this);
    m_name->setObjectName(QStringLiteral("companyName"));
    m_cvr->setObjectName(QStringLiteral("companyCvr"));
    m_cvr->setPlaceholderText(tr("8 digits"));
    m_pNumber->setObjectName(QStringLiteral("companyPNumber"));
    m_address->setObjectName(QStringLiteral("companyAddress"));
    m_consultant->setObjectName(QStringLiteral("companyConsultant"));
    m_notes->setObjectName(QStringLiteral("companyNotes"));
    m_notes->setPlaceholderText(tr("How the collaboration goes: agreements, experiences, what to remember"));
    m_notes->setMaximumHeight(80);
    m_message->setObjectName(QStringLiteral("companyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_save->setObjectName(QStringLiteral("saveCompanyButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&CVR number"), m_cvr);
    form->addRow(tr("&P-number"), m_pNumber);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("Company c&onsultant"), m_consultant);
    form->addRow(tr("Notes on the co&llaboration"), m_notes);

    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(buildContacts());
    layout->addWidget(buildOffers(), 1);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    return box;
}

QWidget* CompaniesWindow::buildContacts()
{
    auto* group = new QGroupBox(tr("Contact persons"), this);
    m_contacts->setObjectName(QStringLiteral("contactsTable"));
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Phone"), tr("E-mail"), tr("Role")});
    m_contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_contacts->verticalHeader()->hide();
    m_contacts->setMaximumHeight(130);
    auto* add = new QPushButton(tr("Add contact"), group);
    add->setObjectName(QStringLiteral("addContactButton"));
    auto* remove = new QPushButton(tr("Remove contact"), group);
    remove->setObjectName(QStringLiteral("removeContactButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addContactRow({});
        m_contacts->setCurrentCell(m_contacts->rowCount() - 1, ContactName);
        m_contacts->editItem(m_contacts->item(m_contacts->rowCount() - 1, ContactName));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_contacts->currentRow() >= 0) {
            m_contacts->removeRow(m_contacts->currentRow());
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_contacts);
    layout->addLayout(buttons);
    return group;
}

QWidget* CompaniesWindow::buildOffers()
{
    auto* group = new QGroupBox(tr("Offers: what the company can take"), this);
    m_offers->setObjectName(QStringLiteral("offersTable"));
    m_offers->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Tasks"), tr("Hours/week"), tr("Physical and mental demands"), tr("At once"), tr("From")});
    m_offers->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_offers->horizontalHeader()->setSectionResizeMode(OfferTasks, QHeaderView::Stretch);
    m_offers->horizontalHeader()->setSectionResizeMode(OfferDemands, QHeaderView::Stretch);
    for (int column : {OfferHours, OfferCapacity, OfferFrom}) {
        m_offers->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_offers->setColumnWidth(OfferKind, 190);
    m_offers->verticalHeader()->hide();
    auto* add = new QPushButton(tr("Add offer"), group);
    add->setObjectName(QStringLiteral("addOfferButton"));
    auto* remove = new QPushButton(tr("Remove offer"), group);
    remove->setObjectName(QStringLiteral("removeOfferButton"));
    connect(add, &QPushButton::clicked, this, [this] { addOfferRow({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_offers->currentRow() >= 0) {
            m_offers->removeRow(m_offers->currentRow());
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_offers);
    layout->addLayout(buttons);
    return group;
}

void CompaniesWindow::refreshList()
{
    auto found = CompanyRepository(m_db).search(m_search->text());
    if (!found) {
        showMessage(found.error(), true);
        return;
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Company& c : std::as_const(*found)) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(c.name, Cvr::format(c.cvr)), m_list);
        item->setData(kIdRole, c.id);
        if (c.id == m_currentId) {
            m_list->setCurrentItem(item);
        }
    }
}

void CompaniesWindow::clearForm()
{
    m_currentId.clear();
    for (QLineEdit* e : {m_name, m_cvr, m_pNumber, m_address}) {
        e->clear();
    }
    m_notes->clear();
    m_contacts->setRowCount(0);
    m_offers->setRowCount(0);
    m_consultant->clear();
    m_consultant->addItem(tr("(none)"), QString());
    for (const Staff& s : StaffRepository(m_db).all(false)) {
        if (s.profession == Profession::CompanyConsultant) {
            m_consultant->addItem(s.name, s.id);
        }
    }
    m_message->hide();
}

void CompaniesWindow::showCompany(const QString& id)
{
    auto found = CompanyRepository(m_db).get(id);
    if (!found || !*found) {
        clearForm();
        return;
    }
    const Company& c = **found;
    clearForm();
    m_currentId = c.id;
    m_name->setText(c.name);
    m_cvr->setText(Cvr::format(c.cvr));
    m_pNumber->setText(c.pNumber);
    m_address->setText(c.address);
    m_notes->setPlainText(c.notes);
    const int consultant = m_consultant->findData(c.consultantId);
    m_consultant->setCurrentIndex(consultant >= 0 ? consultant : 0);
    for (const auto& contact : c.contacts) {
        addContactRow(contact);
    }
    for (const auto& offer : c.offers) {
        addOfferRow(offer);
    }
}

void CompaniesWindow::addContactRow(const CompanyContact& c)
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    const QStringList values{c.name, c.phone, c.email, c.role};
    for (int col = 0; col < ContactColumns; ++col) {
        auto* item = new QTableWidgetItem(values.value(col));
        item->setData(kIdRole, c.id);
        m_contacts->setItem(row, col, item);
    }
}

void CompaniesWindow::addOfferRow(const CompanyOffer& o)
{
    const int row = m_offers->rowCount();
    m_offers->insertRow(row);
    auto* kind = new QComboBox(m_offers);
    for (PlacementKind k : PlacementKinds::all()) {
        kind->addItem(PlacementKinds::label(k), PlacementKinds::code(k));
    }
    kind->setCurrentIndex(kind->findData(PlacementKinds::code(o.kind)));
    kind->setProperty("offerId", o.id);
    m_offers->setCellWidget(row, OfferKind, kind);
    const QStringList values{QString(), o.tasks, o.hoursPerWeek > 0 ? QLocale().toString(o.hoursPerWeek) : QString(),
                             o.demands, QString::number(o.id.isEmpty() ? 1 : o.capacity),
                             o.availableFrom.isValid() ? formatDate(o.availableFrom) : QString()};
    for (int col = OfferTasks; col < OfferColumns; ++col) {
        m_offers->setItem(row, col, new QTableWidgetItem(values.value(col)));
    }
}

Company CompaniesWindow::companyFromForm() const
{
    Company c;
    c.id = m_currentId;
    c.name = m_name->text();
    c.cvr = m_cvr->text();
    c.pNumber = m_pNumber->text();
    c.address = m_address->text();
    c.consultantId = m_consultant->currentData().toString();
    c.notes = m_notes->toPlainText();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        CompanyContact p;
        p.id = m_contacts->item(row, ContactName) ? m_contacts->item(row, ContactName)->data(kIdRole).toString() : QString();
        p.name = cell(m_contacts, row, ContactName);
        p.phone = cell(m_contacts, row, ContactPhone);
        p.email = cell(m_contacts, row, ContactEmail);
        p.role = cell(m_contacts, row, ContactRole);
        if (!p.name.isEmpty() || !p.phone.isEmpty() || !p.email.isEmpty()) {
            c.contacts.append(p);
        }
    }
    for (int row = 0; row < m_offers->rowCount(); ++row) {
        const auto* kind = qobject_cast<const QComboBox*>(m_offers->cellWidget(row, OfferKind));
        CompanyOffer o;
        o.id = kind ? kind->property("offerId").toString() : QString();
        o.kind = PlacementKinds::fromCode(kind ? kind->currentData().toString() : QString()).value_or(PlacementKind::Praktik);
        o.tasks = cell(m_offers, row, OfferTasks);
        const QString hours = cell(m_offers, row, OfferHours);
        o.hoursPerWeek = hours.isEmpty() ? 0 : PlacementRules::parseHours(hours).value_or(-1);
        bool ok = false;
        o.capacity = cell(m_offers, row, OfferCapacity).toInt(&ok);
        o.capacity = ok ? o.capacity : 0;
        o.availableFrom = CsvReader::parseDate(cell(m_offers, row, OfferFrom));
        o.demands = cell(m_offers, row, OfferDemands);
        c.offers.append(o);
    }
    return c;
}

void CompaniesWindow::save()
{
    const ChangeWatcher::Ignore ignore(m_watcher);
    auto saved = CompanyRepository(m_db).save(companyFromForm());
    if (!saved) {
        showMessage(saved.error(), true);
        return;
    }
    m_currentId = saved->id;
    refreshList();
    showCompany(saved->id);
    showMessage(tr("%1 was saved.").arg(saved->name), false);
}

void CompaniesWindow::importFile(const QString& path)
{
    const ChangeWatcher::Ignore ignore(m_watcher);
    auto report = CompanyImporter(m_db).importFile(path);
    if (!report) {
        showMessage(report.error(), true);
        return;
    }
    QStringList lines{tr("%n companies imported", nullptr, report->imported) + QStringLiteral(", ")
                      + tr("%n updated", nullptr, report->updated) + QStringLiteral(", ")
                      + tr("%n lines rejected", nullptr, int(report->rejected.size())) + QLatin1Char('.')};
    for (const auto& r : report->rejected) {
        lines << tr("Line %1: %2").arg(r.line).arg(r.reason);
    }
    for (const auto& w : report->warnings) {
        lines << tr("Line %1: %2").arg(w.line).arg(w.warning);
    }
    refreshList();
    showMessage(lines.join(QLatin1Char('\n')), !report->rejected.isEmpty());
}

QString CompaniesWindow::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CompaniesWindow::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { background: #fde2e1; color: #7a1010; padding: 6px; }")
                                   : QStringLiteral("QLabel { background: #e3f1e3; color: #1d4d1d; padding: 6px; }"));
    m_message->setVisible(!text.isEmpty());
}

} // namespace samspil::ui
