#pragma once

#include <QObject>
#include <QPointer>

#include <utility>

namespace avfall {

// A callback that runs only while `owner` lives. The keychain answers asynchronously, often after
// the dialog or store that asked is gone; such late answers are dropped instead of reaching freed
// memory.
template<typename Function>
auto guarded(const QObject *owner, Function function)
{
    return [owner = QPointer<const QObject>(owner),
            function = std::move(function)](auto &&...arguments) mutable {
        if (owner)
            function(std::forward<decltype(arguments)>(arguments)...);
    };
}

} // namespace avfall
