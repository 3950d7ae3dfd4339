"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useEffect, useId, useState } from "react";
import type { LabelledItem } from "@/lib/questions/types";

/**
 * Timeline ordering. Drag an item with the mouse by its numbered handle, by touch anywhere on its
 * row after holding it a moment (so a swipe still scrolls the page), or with the keyboard (Space
 * on the handle to lift, arrows to move, Space to drop, via dnd-kit); or use the ↑/↓ buttons
 * beside each item, the tap-to-move way that needs no dragging at all. Rows stay compact so the
 * text keeps most of a phone's width.
 */
export function OrderingInput({
  items,
  onSubmit,
  disabled,
  onShown,
}: {
  items: LabelledItem[];
  onSubmit: (ids: string[]) => void;
  disabled: boolean;
  /** Called once the control is on screen (it loads on demand, after the card). */
  onShown?: () => void;
}) {
  const [order, setOrder] = useState(items);
  useEffect(() => onShown?.(), [onShown]);
  const [announcement, setAnnouncement] = useState("");
  // dnd-kit numbers its ids from a module counter, which differs between the server and the
  // browser: a server-rendered first card would not hydrate. useId is the same on both.
  const dndId = useId();
  const sensors = useSensors(
    // Mouse and touch each get their own sensor (a pointer sensor would also grab touches at once,
    // before the hold, and fight the page's scrolling): a touch drag starts after a 250 ms hold.
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = arrayMove(order, from, to);
    setOrder(next);
    setAnnouncement(`${order[from]?.label} moved to position ${to + 1} of ${order.length}.`);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    move(
      order.findIndex((i) => i.id === active.id),
      order.findIndex((i) => i.id === over.id),
    );
  };

  return (
    <div className="ordering">
      <p className="muted ordering-hint">Earliest at the top. Hold and drag an item, or use the arrows.</p>
      <DndContext id={dndId} sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext items={order.map((i) => i.id)} strategy={verticalListSortingStrategy}>
          <ol className="ordering-list">
            {order.map((item, index) => (
              <SortableRow
                key={item.id}
                item={item}
                position={index}
                count={order.length}
                disabled={disabled}
                onMove={(to) => move(index, to)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <button
        type="button"
        className="button button-primary button-block"
        disabled={disabled}
        onClick={() => onSubmit(order.map((i) => i.id))}
      >
        Check order
      </button>
    </div>
  );
}

function SortableRow({
  item,
  position,
  count,
  disabled,
  onMove,
}: {
  item: LabelledItem;
  position: number;
  count: number;
  disabled: boolean;
  onMove: (to: number) => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled,
  });
  // dnd-kit hands its sensors' start handlers over untyped, keyed by React event name.
  const handler = <E,>(name: "onTouchStart" | "onMouseDown" | "onKeyDown") => listeners?.[name] as ((event: E) => void) | undefined;
  return (
    <li
      ref={setNodeRef}
      className={`ordering-item${isDragging ? " dragging" : ""}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      // Touch: the whole row, after a hold. Mouse and keyboard: the handle.
      onTouchStart={handler<React.TouchEvent>("onTouchStart")}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="drag-handle"
        aria-label={`Drag ${item.label}, position ${position + 1} of ${count}`}
        {...attributes}
        onMouseDown={handler<React.MouseEvent>("onMouseDown")}
        onKeyDown={handler<React.KeyboardEvent>("onKeyDown")}
      >
        <span aria-hidden="true">{position + 1}</span>
      </button>
      <span className="ordering-label">{item.label}</span>
      <span className="ordering-moves">
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${item.label} earlier`}
          disabled={disabled || position === 0}
          onClick={() => onMove(position - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${item.label} later`}
          disabled={disabled || position === count - 1}
          onClick={() => onMove(position + 1)}
        >
          ↓
        </button>
      </span>
    </li>
  );
}
