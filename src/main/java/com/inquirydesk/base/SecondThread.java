package com.inquirydesk.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs work on another thread of the application's task pool as the user who asked for it, so that one request
 * can wait for two things at once: two independent queries, or the rows of a query and the writing of them.
 * The work's services check the user's roles there as they would on the request's thread.
 */
@Component
public class SecondThread {

    private final DelegatingSecurityContextExecutor executor;

    SecondThread(
            @Qualifier("applicationTaskExecutor") Executor tasks,
            ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
        executor = new DelegatingSecurityContextExecutor(tasks);
        executor.setSecurityContextHolderStrategy(
                securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
    }

    /** Starts {@code work} on another thread as the current user. */
    public <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    /** Starts {@code work} on another thread as the current user. */
    public CompletableFuture<Void> run(Runnable work) {
        return CompletableFuture.runAsync(work, executor);
    }

    /** Waits for the work's result; its exception is thrown as it was thrown on the other thread. */
    public static <T> T join(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
