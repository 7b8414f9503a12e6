#pragma once

// ThreadSanitizer sees std::mutex and thread creation, but not Qt's own locking: QMutex is
// a futex inside an uninstrumented library, so a task handed to a QThreadPool or a result
// queued back to the UI thread looks unsynchronised to it. These calls tell it about the
// hand-off that Qt performs: release where the data is ready, acquire where it is taken.
// They compile to nothing in every other build.

#if defined(__SANITIZE_THREAD__)
#define FRAUDLENS_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define FRAUDLENS_TSAN 1
#endif
#endif

#ifdef FRAUDLENS_TSAN
extern "C" void __tsan_acquire(void* address);
extern "C" void __tsan_release(void* address);
#endif

namespace fraudlens::ui {

inline void handOffRelease([[maybe_unused]] const void* token)
{
#ifdef FRAUDLENS_TSAN
    __tsan_release(const_cast<void*>(token));
#endif
}

inline void handOffAcquire([[maybe_unused]] const void* token)
{
#ifdef FRAUDLENS_TSAN
    __tsan_acquire(const_cast<void*>(token));
#endif
}

} // namespace fraudlens::ui
