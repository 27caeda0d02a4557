#include "FileDialogs.h"

#include <QFileDialog>

namespace samspil::ui {

bool FileDialogs::s_answered = false;
QString FileDialogs::s_next;
QString FileDialogs::s_lastSuggested;

void FileDialogs::setNextAnswer(const QString& path)
{
    s_answered = true;
    s_next = path;
}

QString FileDialogs::saveFile(QWidget* parent, const QString& title, const QString& suggested, const QString& filter)
{
    s_lastSuggested = suggested;
    if (std::exchange(s_answered, false)) {
        return std::exchange(s_next, {});
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString FileDialogs::folder(QWidget* parent, const QString& title, const QString& start)
{
    if (std::exchange(s_answered, false)) {
        return std::exchange(s_next, {});
    }
    return QFileDialog::getExistingDirectory(parent, title, start);
}

} // namespace samspil::ui
