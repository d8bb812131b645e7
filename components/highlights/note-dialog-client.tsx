"use client";

import { useEffect, useRef, useState } from "react";
import { NOTE_LIMIT, type Highlight } from "@/lib/highlights/highlights";
import { showNotice } from "../sharing/use-share-notice";
import { editNote, updateHighlight, useEditing } from "./use-article-highlights";

/**
 * The note on a highlight, written in a modal dialog that names the quote; saving says so in the
 * page's notice, and closing returns the focus where it was.
 */
export function NoteDialogClient({ highlights }: { highlights: Highlight[] }) {
  const editing = useEditing();
  const highlight = highlights.find((h) => h.id === editing);
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState("");

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (highlight && !element.open) {
      setText(highlight.note);
      element.showModal();
    } else if (!highlight && element.open) element.close();
    // Opened for a new highlight, not again on each of its changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [highlight?.id]);

  const save = () => {
    if (!highlight) return;
    const note = text.trim().slice(0, NOTE_LIMIT);
    if (updateHighlight(highlight.id, { note, modified: Date.now() }))
      showNotice({ message: note ? "Note saved" : highlight.note ? "Note removed" : "Highlighted, without a note" });
    else showNotice({ message: "This browser would not keep the note: its storage is full or turned off." });
    editNote(null);
  };

  return (
    <dialog ref={dialog} className="note-dialog" aria-labelledby="note-dialog-title" onClose={() => editNote(null)}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <h2 id="note-dialog-title">{highlight?.note ? "Edit your note" : "Add a note"}</h2>
        <blockquote className="note-dialog-quote">
          {highlight && (highlight.exact.length > 200 ? `${highlight.exact.slice(0, 199)}…` : highlight.exact)}
        </blockquote>
        <label htmlFor="note-dialog-text">Your note</label>
        <textarea
          id="note-dialog-text"
          rows={5}
          maxLength={NOTE_LIMIT}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoFocus
        />
        <p className="note-dialog-hint">Kept in this browser only, as plain text.</p>
        <div className="note-dialog-actions">
          <button type="submit">Save note</button>
          <button type="button" onClick={() => editNote(null)}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
