package org.taipan.objects;

/**
 * A cell that type.__new__ fills with the new class: the {@code __classcell__} a class body
 * returns when its methods use {@code __class__} or zero-argument {@code super()}. The VM's
 * cell type implements it (the object model knows nothing of frames).
 */
public interface ClassCell {
    void setContents(PyObject value);
}
