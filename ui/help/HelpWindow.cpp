#include "HelpWindow.h"

#include "core/util/Language.h"
#include "ui/common/WindowKeys.h"

#include <QApplication>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace samspil::ui {

namespace {
const QString guideUrl = QStringLiteral("qrc:/help/guide.html");
QPointer<HelpWindow> theWindow;

QStringList captures(const QString& html, const QString& pattern)
{
    QStringList out;
    auto it = QRegularExpression(pattern).globalMatch(html);
    while (it.hasNext()) {
        out << it.next().captured(1);
    }
    return out;
}
} // namespace

QString HelpWindow::guideHtml()
{
    QFile file(QStringLiteral(":/help/guide.html"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QStringList HelpWindow::anchors(const QString& html)
{
    return captures(html, QStringLiteral("<a name=\"([^\"]+)\""));
}

QStringList HelpWindow::links(const QString& html)
{
    return captures(html, QStringLiteral("href=\"#([^\"]+)\""));
}

QStringList HelpWindow::images(const QString& html)
{
    return captures(html, QStringLiteral("<img[^>]*src=\"([^\"]+)\""));
}

HelpWindow::HelpWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_search(new QLineEdit(this))
    , m_hitLabel(new QLabel(this))
    , m_contents(new QTreeWidget(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Samspil – User guide"));
    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Search the guide (Enter: next)"));
    m_search->setClearButtonEnabled(true);
    m_hitLabel->setObjectName(QStringLiteral("helpHits"));
    m_hitLabel->setMinimumWidth(m_hitLabel->fontMetrics().horizontalAdvance(QStringLiteral("Ingen steder fundet")));
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setHeaderHidden(true);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);

    auto* top = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_hitLabel);

    auto* split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 740});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    if (!Language::isDanish()) {
        auto* note = new QLabel(tr("This user guide is written in Danish, the language of the caseworkers it is for."), this);
        note->setObjectName(QStringLiteral("helpLanguageNote"));
        layout->addWidget(note);
    }
    layout->addWidget(split, 1);
    layout->addLayout(WindowKeys::closable(this));

    m_browser->setSource(QUrl(guideUrl));
    buildContents(guideHtml());

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) { find(text); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_contents, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item) {
            showSection(item->data(0, Qt::UserRole).toString());
        }
    });
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl& url) {
        if (!url.fragment().isEmpty()) {
            m_section = url.fragment();
        }
    });
    resize(1040, 720);
}

void HelpWindow::buildContents(const QString& html)
{
    // <h1><a name="x"></a>Title</h1> (the front page), <h2> chapters and <h3> below them.
    static const QRegularExpression heading(QStringLiteral("<h([123])><a name=\"([^\"]+)\"></a>(.*?)</h\\1>"));
    QTreeWidgetItem* chapter = nullptr;
    auto it = heading.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        QString title = m.captured(3);
        title.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        const bool sub = m.captured(1) == QLatin1String("3") && chapter;
        auto* item = sub ? new QTreeWidgetItem(chapter) : new QTreeWidgetItem(m_contents);
        if (m.captured(1) == QLatin1String("2")) {
            chapter = item;
        }
        item->setText(0, title);
        item->setData(0, Qt::UserRole, m.captured(2));
    }
    m_contents->expandAll();
}

bool HelpWindow::showSection(const QString& anchor)
{
    if (!anchors(guideHtml()).contains(anchor)) {
        return false;
    }
    m_section = anchor;
    m_browser->setSource(QUrl(guideUrl + QLatin1Char('#') + anchor));
    m_browser->scrollToAnchor(anchor);
    const auto items = m_contents->findItems(QStringLiteral("*"), Qt::MatchWildcard | Qt::MatchRecursive);
    for (auto* item : items) {
        if (item->data(0, Qt::UserRole).toString() == anchor && m_contents->currentItem() != item) {
            const QSignalBlocker block(m_contents);
            m_contents->setCurrentItem(item);
        }
    }
    return true;
}

void HelpWindow::markAll(const QString& text)
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextDocument* doc = m_browser->document();
    for (QTextCursor c = doc->find(text); !text.isEmpty() && !c.isNull(); c = doc->find(text, c)) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = c;
        mark.format.setBackground(QColor(255, 236, 140));
        marks << mark;
    }
    m_hits = int(marks.size());
    m_browser->setExtraSelections(marks);
}

bool HelpWindow::find(const QString& text)
{
    if (text != m_lastSearch) {
        m_lastSearch = text;
        markAll(text);
        m_browser->moveCursor(QTextCursor::Start);
    }
    if (text.isEmpty()) {
        m_hitLabel->clear();
        return false;
    }
    bool found = m_browser->find(text);
    if (!found && m_hits > 0) { // past the last one: again from the top
        m_browser->moveCursor(QTextCursor::Start);
        found = m_browser->find(text);
    }
    m_hitLabel->setText(m_hits > 0 ? tr("%n place(s)", nullptr, m_hits) : tr("Not found"));
    return found;
}

HelpWindow* HelpWindow::instance()
{
    return theWindow;
}

HelpWindow* HelpWindow::open(const QString& section, QWidget* from)
{
    // Over a modal dialog the guide must be that dialog's window, or the dialog blocks it.
    QWidget* owner = QApplication::activeModalWidget();
    if (!owner && from) {
        owner = from->window();
    }
    if (!theWindow) {
        theWindow = new HelpWindow(owner);
    } else if (theWindow->parentWidget() != owner) {
        const QRect where = theWindow->geometry();
        theWindow->setParent(owner, Qt::Window);
        theWindow->setGeometry(where);
    }
    if (!theWindow->showSection(section)) {
        theWindow->showSection(QStringLiteral("start"));
    }
    theWindow->show();
    theWindow->raise();
    theWindow->activateWindow();
    return theWindow;
}

} // namespace samspil::ui
