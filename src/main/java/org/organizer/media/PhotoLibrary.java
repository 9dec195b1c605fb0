package org.organizer.media;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.web.SiteInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The photo use cases. Anyone in the newsroom uploads; correspondents change the texts of their own
 * photos, editors and administrators of any photo. An upload either ends with a row and all its files,
 * or with neither.
 */
@Service
class PhotoLibrary {

    static final int LIST_LIMIT = 200;

    private final PhotoRepository photos;
    private final PhotoDecoder decoder;
    private final Renditions renditions;
    private final PhotoStore store;
    private final SiteInfo site;
    private final ApplicationEventPublisher events;
    private final TransactionOperations transactions;

    PhotoLibrary(
            PhotoRepository photos,
            PhotoDecoder decoder,
            Renditions renditions,
            PhotoStore store,
            SiteInfo site,
            ApplicationEventPublisher events,
            TransactionOperations transactions) {
        this.photos = photos;
        this.decoder = decoder;
        this.renditions = renditions;
        this.store = store;
        this.site = site;
        this.events = events;
        this.transactions = transactions;
    }

    /**
     * Decodes, re-encodes and stores a photo, with its first texts if any are given. The slow part, decoding,
     * runs before the transaction so no database connection waits on it.
     */
    Photo upload(Actor actor, byte[] data, @Nullable PhotoText text) {
        requireNewsroom(actor);
        if (text != null && !text.isBlank()) {
            check(text);
        }
        Renditions.Output output = renditions.encode(decoder.decode(data));
        PhotoId id = PhotoId.random();
        Photo photo = transactions.execute(status -> {
            removeFilesUnlessCommitted(id);
            store.write(id, output);
            photos.insert(id, actor.id(), Instant.now().truncatedTo(ChronoUnit.MICROS), output.format(), sizes(output));
            if (text != null && !text.isBlank()) {
                photos.saveText(id, text);
            }
            events.publishEvent(new PhotoUploaded(id));
            return photos.byId(id).orElseThrow();
        });
        if (photo == null) {
            throw new IllegalStateException("the upload transaction returned nothing");
        }
        return photo;
    }

    /** Saves the texts in one language; all three empty removes that language's texts. */
    @Transactional
    Photo saveText(Actor actor, PhotoId id, PhotoText text) {
        Photo photo = photos.lock(id).orElseThrow(() -> new PhotoNotFound(id.toString()));
        if (!mayEdit(actor, photo)) {
            throw new PhotoAccessDenied();
        }
        check(text);
        if (text.isBlank()) {
            photos.deleteText(id, text.language());
        } else {
            photos.saveText(id, text);
        }
        events.publishEvent(new PhotoTextChanged(id, text.language()));
        return photos.byId(id).orElseThrow();
    }

    Photo photo(PhotoId id) {
        return photos.byId(id).orElseThrow(() -> new PhotoNotFound(id.toString()));
    }

    List<Photo> latest() {
        return photos.latest(LIST_LIMIT);
    }

    static boolean mayEdit(Actor actor, Photo photo) {
        return actor.can(Role.EDITOR) || photo.uploadedBy().equals(actor.id());
    }

    private void check(PhotoText text) {
        List<String> problems = text.problems(site.languages());
        if (!problems.isEmpty()) {
            throw new InvalidPhotoText(problems);
        }
    }

    private static void requireNewsroom(Actor actor) {
        if (!actor.can(Role.CORRESPONDENT)) {
            throw new PhotoAccessDenied();
        }
    }

    /** Files are written inside the transaction; if it does not commit, they go too. */
    private void removeFilesUnlessCommitted(PhotoId id) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(id);
                }
            }
        });
    }

    private static List<Photo.Rendition> sizes(Renditions.Output output) {
        return output.sizes().stream()
                .map(s -> new Photo.Rendition(s.width(), s.height(), s.bytes().length))
                .toList();
    }
}
