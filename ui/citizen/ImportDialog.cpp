#include "ImportDialog.h"

#include "ui/common/MessageBox.h"
#include "ui/common/Settings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace samspil::ui {

ImportDialog::ImportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_file(new QLineEdit(this))
    , m_import(new QPushButton(tr("&Import"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_save(new QPushButton(tr("&Save report…"), this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import citizens"));

    auto* intro = new QLabel(tr("Choose the caseload exported from the case system as a CSV file with the columns "
                                "cpr, name, benefit, benefit_start and caseworker (initials), and optionally phone, "
                                "email and target_group. Rows with errors are left out and listed below; a CPR "
                                "number that is already known updates that citizen."),
                             this);
    intro->setWordWrap(true);

    m_file->setObjectName(QStringLiteral("importFileEdit"));
    m_file->setPlaceholderText(tr("CSV file"));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setObjectName(QStringLiteral("importReportTable"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Result"), tr("Reason")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    m_save->setEnabled(false);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    fileRow->addWidget(m_import);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(m_file, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_import->setEnabled(!text.trimmed().isEmpty()); });
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_save, &QPushButton::clicked, this, &ImportDialog::browseSave);
    resize(900, 560);
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::browse()
{
    const QString start = prefs::lastImportFolder.get().isEmpty() ? QDir::homePath() : prefs::lastImportFolder.get();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import citizens"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        prefs::lastImportFolder.set(QFileInfo(path).absolutePath());
        setFile(path);
    }
}

bool ImportDialog::runImport()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        return false;
    }
    m_import->setEnabled(false);
    m_save->setEnabled(false);
    m_table->setRowCount(0);
    m_summary->setText(tr("Importing…"));
    m_progress->setValue(0);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    int shown = -1;
    auto r = CitizenImporter(m_db).importFile(path, [this, &shown](int done, int total) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
        if (percent != shown) {
            shown = percent;
            m_progress->setValue(percent);
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        }
    });
    QApplication::restoreOverrideCursor();
    m_import->setEnabled(true);
    if (!r) {
        m_report.reset();
        m_progress->setValue(0);
        m_summary->setText(tr("Nothing was imported: %1").arg(r.error()));
        m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    m_progress->setValue(100);
    m_summary->setStyleSheet(QString());
    m_report = r.value();
    showReport(*m_report);
    return true;
}

void ImportDialog::showReport(const ImportReport& report)
{
    m_summary->setText(tr("%1 new citizen(s) imported, %2 updated, %3 row(s) rejected, %4 warning(s).")
                           .arg(report.imported)
                           .arg(report.updated)
                           .arg(report.rejected.size())
                           .arg(report.warnings.size()));
    struct Line
    {
        int line;
        bool rejected;
        QString text;
    };
    QVector<Line> lines;
    for (const auto& x : report.rejected) {
        lines.append({x.line, true, x.reason});
    }
    for (const auto& w : report.warnings) {
        lines.append({w.line, false, w.warning});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.line < b.line; });
    m_table->setRowCount(int(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        auto* line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, lines[i].line);
        auto* kind = new QTableWidgetItem(lines[i].rejected ? tr("Rejected") : tr("Warning"));
        if (lines[i].rejected) {
            kind->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        m_table->setItem(i, 0, line);
        m_table->setItem(i, 1, kind);
        auto* text = new QTableWidgetItem(lines[i].text);
        text->setToolTip(lines[i].text); // the whole reason, when the column is narrow
        m_table->setItem(i, 2, text);
    }
    m_save->setEnabled(!lines.isEmpty());
}

void ImportDialog::browseSave()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save import report"),
                                                      QDir::home().filePath(tr("import-report.csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !saveReport(path)) {
        MessageBox::warning(this, tr("Save import report"), tr("The report could not be saved to %1.")
                                                                .arg(QDir::toNativeSeparators(path)));
    }
}

bool ImportDialog::saveReport(const QString& path)
{
    if (!m_report) {
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return false;
    }
    f.write(m_report->toCsv());
    return f.commit();
}

} // namespace samspil::ui
