#pragma once

// ThreadSanitizer sees std::mutex and thread creation, but not Qt's own locking: QMutex is
// a futex inside an uninstrumented library, so a task handed to a QThreadPool looks
// unsynchronised to it. These calls tell it about the hand-off that Qt performs: release
// where the task is ready, acquire where it is taken.
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

// One sync object at a fixed address: a pool thread must acquire before it reads anything
// of the task it was handed, so a token kept in the task (a pointer to read) would itself
// be an unordered read. The UI thread releases before it hands a task to a pool; the pool
// thread acquires before it runs it. Results come back through Workspace::post, whose
// std::mutex TSan sees.
#ifdef FRAUDLENS_TSAN
inline char handOffToken;
#endif

inline void handOffRelease()
{
#ifdef FRAUDLENS_TSAN
    __tsan_release(&handOffToken);
#endif
}

inline void handOffAcquire()
{
#ifdef FRAUDLENS_TSAN
    __tsan_acquire(&handOffToken);
#endif
}

} // namespace fraudlens::ui
