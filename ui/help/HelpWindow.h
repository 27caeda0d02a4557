#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTextBrowser;
class QTreeWidget;

namespace samspil::ui {

/// The user guide (Hjælp ▸ Brugervejledning, F1): the Danish guide from the resources
/// (:/help/guide.html, pictures in :/help/img) in a browser, its table of contents beside it and
/// a search field above. In English the window says in one line that the guide is in Danish.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    /// Opens the one guide window at `section` (an anchor), above `from`'s window. Over a modal
    /// dialog the guide becomes that dialog's own window, so it can be read and scrolled.
    static HelpWindow* open(const QString& section, QWidget* from);
    /// The guide window if one is open, else nullptr.
    static HelpWindow* instance();

    /// Scrolls to a section; false if the guide has no such anchor.
    bool showSection(const QString& anchor);
    /// The section last shown (through showSection, the contents or a link).
    QString currentSection() const { return m_section; }
    /// Selects the next place `text` occurs (from the top when the text is new), marks every
    /// place, and says how many there are. False when the guide does not contain it.
    bool find(const QString& text);
    int hits() const { return m_hits; }

    QTextBrowser* browser() const { return m_browser; }
    QTreeWidget* contents() const { return m_contents; }

    /// The guide's HTML as shipped, and what it names: its anchors (<a name>), the internal
    /// links (href="#…") and the pictures (img src), for the tests that keep them in step.
    static QString guideHtml();
    static QStringList anchors(const QString& html);
    static QStringList links(const QString& html);
    static QStringList images(const QString& html);

private:
    void buildContents(const QString& html);
    void markAll(const QString& text);

    QLineEdit* m_search;
    QLabel* m_hitLabel;
    QTreeWidget* m_contents;
    QTextBrowser* m_browser;
    QString m_section;
    QString m_lastSearch;
    int m_hits = 0;
};

} // namespace samspil::ui
