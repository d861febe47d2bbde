package dev.trash;

/** Create with an id that already exists, active or in Trash. */
public class DuplicateItemException extends ItemException {

    /** Creates the exception for the id already taken. */
    public DuplicateItemException(ItemRef item) {
        super(item, item + " already exists");
    }
}
