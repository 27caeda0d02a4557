#pragma once

#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace samspil::test {

/// A window of its own closes as a dialog does: with Esc, with Ctrl+W and with its "Close"
/// button (objectName "closeButton"). `make` makes a fresh window for each way.
inline void checkClosesLikeADialog(const std::function<QWidget*()>& make)
{
    for (const char* way : {"Esc", "Ctrl+W", "Close button"}) {
        INFO(way);
        std::unique_ptr<QWidget> window(make());
        window->show();
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        REQUIRE(window->isVisible());
        const QString how = QString::fromLatin1(way);
        if (how == QLatin1String("Esc")) {
            QTest::keyClick(window.get(), Qt::Key_Escape);
        } else if (how == QLatin1String("Ctrl+W")) {
            QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier);
        } else {
            auto* button = window->findChild<QPushButton*>(QStringLiteral("closeButton"));
            REQUIRE(button != nullptr);
            CHECK(button->isVisible());
            QTest::mouseClick(button, Qt::LeftButton);
        }
        CHECK_FALSE(window->isVisible());
    }
}

} // namespace samspil::test
